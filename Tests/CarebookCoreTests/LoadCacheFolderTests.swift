import Foundation
import XCTest
@testable import CarebookCore

/// The cache folder is used only when it is the user's own real directory that no one else can write;
/// entries are never written through a planted link; old entries and abandoned temporary files are
/// removed, and the cache stays under its cap by evicting the least recently used.
final class LoadCacheFolderTests: XCTestCase {
    var folder: URL!
    var path: String { folder.path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cb-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CareFixtures.repository.appendingPathComponent("Datasets/example-borough/header.csv"),
                                         to: folder.appendingPathComponent("header.csv"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Loads header.csv twice with `cache` (each load reads the cache, then writes it); the load messages.
    @discardableResult
    func load(_ cache: LoadCache, times: Int = 2) throws -> [String] {
        try (0..<times).map { _ in
            let interpreter = CarebookEngine.makeInterpreter(cache: cache)
            guard case let .statement(s)? = Parser.entries("load \"\(path)/header.csv\"").first,
                  case let .loaded(l) = try interpreter.run(s) else { throw Diagnostic("load failed") }
            return String(describing: l)
        }
    }

    func names(_ dir: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() }

    func mode(_ p: String) throws -> Int { try XCTUnwrap(FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as? Int) }

    func testAMissingFolderIsCreatedPrivateWithItsParents() throws {
        let dir = path + "/a/b/cache"
        let cache = LoadCache(directory: dir, minimumBytes: 0)
        try load(cache)
        XCTAssertEqual(try mode(path + "/a"), 0o700)
        XCTAssertEqual(try mode(path + "/a/b"), 0o700)
        XCTAssertEqual(try mode(dir), 0o700)
        XCTAssertEqual(cache.counts.current.writes, 2, "the table and the header's data set")
        XCTAssertEqual(cache.notices.take(), [])
    }

    /// Each refused folder: nothing read from it or written to it, and the reason said once.
    func assertRefused(_ dir: String, _ reason: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = names(dir)
        let cache = LoadCache(directory: dir, minimumBytes: 0)
        let plain = try load(.off, times: 1)[0]
        XCTAssertEqual(try load(cache, times: 3), [plain, plain, plain], file: file, line: line)
        XCTAssertEqual(cache.counts.current.hits, 0, file: file, line: line)
        XCTAssertEqual(cache.counts.current.writes, 0, file: file, line: line)
        XCTAssertEqual(cache.notices.take(), ["the load cache is not used: \(reason)"], file: file, line: line)
        XCTAssertEqual(names(dir), before, "nothing written", file: file, line: line)
        XCTAssertEqual(cache.refusal, reason, file: file, line: line)
    }

    func testASymlinkedFolderIsNotUsed() throws {
        let real = path + "/real"
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        // Entries planted in the link's target are not read either.
        let good = LoadCache(directory: real, minimumBytes: 0)
        try load(good, times: 1)
        XCTAssertEqual(good.counts.current.writes, 2)
        try FileManager.default.createSymbolicLink(atPath: path + "/link", withDestinationPath: real)
        try assertRefused(path + "/link", "\(path)/link is a symbolic link")
    }

    func testAFolderOthersCanWriteIsNotUsed() throws {
        for (name, m, who) in [("open", 0o777, "anyone (mode 777)"), ("group", 0o770, "its group (mode 770)")] {
            let dir = path + "/" + name
            XCTAssertEqual(mkdir(dir, 0o700), 0)
            XCTAssertEqual(chmod(dir, mode_t(m)), 0)
            try assertRefused(dir, "\(dir) can be written by \(who)")
        }
    }

    func testAFolderOfAnotherUserIsNotUsed() throws {
        let dir = path + "/theirs"
        XCTAssertEqual(mkdir(dir, 0o700), 0)
        if geteuid() == 0 {
            XCTAssertEqual(chown(dir, 65_534, 65_534), 0)
            try assertRefused(dir, "\(dir) belongs to another user")
        } else {
            try assertRefused("/", "/ belongs to another user")
        }
    }

    func testAFileWhereTheFolderShouldBeIsNotUsed() throws {
        _ = FileManager.default.createFile(atPath: path + "/plain", contents: Data("x".utf8))
        try assertRefused(path + "/plain", "\(path)/plain is not a folder")
    }

    /// Before, an entry was written through `ENTRY.tmp-PID`: a link planted there had its target overwritten.
    func testAPlantedLinkAtATemporaryNameIsNotFollowed() throws {
        let dir = path + "/cache"
        let cache = LoadCache(directory: dir, minimumBytes: 0)
        XCTAssertEqual(mkdir(dir, 0o700), 0)
        let victim = path + "/victim.txt"
        try "not cache data".write(toFile: victim, atomically: false, encoding: .utf8)
        let fingerprint = try XCTUnwrap(FileFingerprint(path: path + "/header.csv"))
        let entry = try XCTUnwrap(cache.entryPath(.table, key: LoadCache.tableKey(fingerprint, name: path + "/header.csv"),
                                                  identity: fingerprint.path))
        let entryName = (entry as NSString).lastPathComponent
        for planted in ["\(entry).tmp-\(getpid())", "\(dir)/.\(entryName).tmp-\(getpid())"] {
            try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
        }
        try load(cache, times: 1)
        XCTAssertEqual(cache.counts.current.writes, 2, "the entries were written, beside the links")
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "not cache data")
        XCTAssertNotNil(FileFingerprint(path: entry))
    }

    func testPrivateFilesAreNeverWrittenThroughALink() throws {
        let victim = path + "/victim.txt"
        try "theirs".write(toFile: victim, atomically: false, encoding: .utf8)
        let link = path + "/report.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        // Appending (journals) refuses a link; writing a whole file (:save, :export, render) replaces the link.
        XCTAssertThrowsError(try PrivateFile.append("mine", to: link))
        try PrivateFile.writeAtomically("mine", to: link)
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "theirs")
        XCTAssertEqual(try String(contentsOfFile: link, encoding: .utf8), "mine")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType, .typeRegular)
        XCTAssertEqual(try mode(link), 0o600)
        XCTAssertEqual(names(path).filter { $0.contains(".tmp-") }, [], "no temporary file left")
        // A file that must be new is not opened when something is already there.
        XCTAssertThrowsError(try PrivateFile.append("mine", to: link, create: true))
        let (fd, temp) = try PrivateFile.createTemporary(for: path + "/x.cb")
        close(fd)
        XCTAssertTrue((temp as NSString).lastPathComponent.hasPrefix(".x.cb.tmp-\(getpid())-"), temp)
        XCTAssertNotEqual(try PrivateFile.createTemporary(for: path + "/x.cb").path, temp, "each name is new")
    }
}

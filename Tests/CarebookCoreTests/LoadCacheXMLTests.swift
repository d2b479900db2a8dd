import Foundation
import XCTest
@testable import CarebookCore

/// XML returns in the load cache: the tables read from a 903 return or a CIN census are kept under the file's
/// SHA-256, read back with the same answers and warnings, never read for other bytes, a damaged entry is
/// reported once and rebuilt, entries are private files, and a symlinked cache folder is not used.
final class LoadCacheXMLTests: CacheScratchTestCase {

    override func setUpWithError() throws {
        scratch = try ScratchFolder("xml-cache", copying: ["Tests/Fixtures/care/xml/return.xml", "Tests/Fixtures/care/xml/malformed.xml",
                                                          "Tests/Fixtures/cin/census.xml"])
        try FileManager.default.copyItem(atPath: CareFixtures.repository.appendingPathComponent("Tests/Fixtures/cin/malformed.xml").path,
                                         toPath: folder.appendingPathComponent("cin-malformed.xml").path)
    }

    /// Loads of both returns (warnings included) and questions that read every table they hold.
    var script: String {
        """
        load "\(folder.path)/return.xml"
        load "\(folder.path)/malformed.xml"
        load "\(folder.path)/census.xml"
        load "\(folder.path)/cin-malformed.xml"
        return_episodes
        return_reviews
        census_assessments
        referrals(from: 2000-01-01, to: 2020-12-31)
        validate()
        """
    }

    func run(_ cache: LoadCache) throws -> [String] { try outputs(of: script, cache: cache) }

    func xmlEntries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? []).filter { $0.hasSuffix(".xml") }.sorted()
    }

    func testASecondSessionReadsTheTablesBackWithTheSameAnswersAndWarnings() throws {
        let plain = try run(.off)
        XCTAssertTrue(plain[1].contains("warningCount: 6") && plain[3].contains("warningCount: 3"), "the warnings are compared too")
        XCTAssertTrue(plain[8].contains("numbers([5.0, 25.0, 30.0, 48.0"), "validate() gives each row's line in its XML file")
        let first = cache
        XCTAssertEqual(try run(first), plain)
        // The 903 data set built from an XML return's tables is not kept (its tables have no file of their own to key it by).
        XCTAssertEqual(first.counts.current.writes, 4, "the four XML files' tables")
        XCTAssertEqual(xmlEntries().count, 4)
        let second = cache
        XCTAssertEqual(try run(second), plain)
        XCTAssertEqual(second.counts.current.writes, 0, "no file parsed again")
        XCTAssertEqual(second.counts.current.hits, 4)
    }

    func testEntriesArePrivateFilesInAPrivateFolder() throws {
        _ = try run(cache)
        let mode = { (p: String) in try XCTUnwrap(FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as? Int) }
        XCTAssertEqual(try mode(cacheFolder), 0o700)
        XCTAssertFalse(xmlEntries().isEmpty)
        for name in xmlEntries() { XCTAssertEqual(try mode(cacheFolder + "/" + name), 0o600, name) }
    }

    /// The key is the content's digest: the same bytes under a new modification time are still read from the
    /// cache; other bytes are parsed again, and their entry replaces the old one.
    func testTheEntryIsKeyedByTheFilesContent() throws {
        let plain = try run(.off)
        _ = try run(cache)
        let census = folder.appendingPathComponent("census.xml")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3_600)], ofItemAtPath: census.path)
        let touched = cache
        XCTAssertEqual(try run(touched), plain)
        XCTAssertEqual(touched.counts.current.writes, 0, "a touched file with the same bytes is the same entry")
        let text = try String(contentsOf: census, encoding: .utf8)
        try (text + "\n<!-- edited -->\n").write(to: census, atomically: true, encoding: .utf8)
        let edited = cache
        XCTAssertEqual(try run(edited), plain, "a comment changes no table")
        XCTAssertEqual(edited.counts.current.writes, 1, "only the edited census is read again")
        XCTAssertEqual(xmlEntries().count, 4, "its new entry replaced the old one")
    }

    /// Runs once with the cache to write `file`'s entry, and gives the entry's path.
    func cachedEntry(of file: String) throws -> String {
        _ = try run(cache)
        let prefix = LoadCache.identityPrefix(folder.appendingPathComponent(file).path)
        return cacheFolder + "/" + (try XCTUnwrap(xmlEntries().first { $0.hasPrefix(prefix) }))
    }

    func testADamagedEntryIsReportedOnceDeletedAndRebuilt() throws {
        let plain = try run(.off)
        let entry = try cachedEntry(of: "census.xml")
        let pristine = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry)))
        for p in [0, 200] + stride(from: 400, to: pristine.count - 16, by: pristine.count / 7) + [pristine.count - 1] {
            var bytes = pristine
            bytes[p] ^= 0x10
            try Data(bytes).write(to: URL(fileURLWithPath: entry))
            let damaged = cache
            XCTAssertEqual(try run(damaged), plain, "byte \(p) of \(pristine.count)")
            XCTAssertEqual(damaged.notices.take(), ["cache entry for \(folder.path)/census.xml was damaged (checksum); deleted and rebuilt"],
                           "byte \(p)")
            XCTAssertEqual(damaged.counts.current.writes, 1, "byte \(p): only the damaged entry is written again")
            let again = cache
            XCTAssertEqual(try run(again), plain)
            XCTAssertEqual(again.notices.take(), [], "byte \(p): reported once; the rebuilt entry is sound")
        }
    }

    /// A text column's code outside its dictionary, under a checksum made to match, is caught by the range check.
    func testACodeOutOfRangeIsCaughtEvenUnderAMatchingChecksum() throws {
        let plain = try run(.off)
        let entry = try cachedEntry(of: "return.xml")
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry)))
        // The first text column's codes: the CHILD ids of the header table, codes 0, 1, 2, … as Int32.
        let codes = (0..<7).flatMap { withUnsafeBytes(of: Int32($0).littleEndian, Array.init) }
        let at = try XCTUnwrap((0...(bytes.count - codes.count)).first { bytes[$0..<$0 + codes.count].elementsEqual(codes) })
        bytes[at + 4] = 0x7F     // code 127 in a dictionary of 7
        let end = bytes.count - 8
        let sum = bytes.withUnsafeBytes { CacheChecksum.of(UnsafeRawBufferPointer(rebasing: $0[..<end])) }
        withUnsafeBytes(of: sum.littleEndian) { bytes.replaceSubrange((bytes.count - 8)..., with: $0) }
        try Data(bytes).write(to: URL(fileURLWithPath: entry))
        let damaged = cache
        XCTAssertEqual(try run(damaged), plain)
        XCTAssertEqual(damaged.notices.take(), ["cache entry for \(folder.path)/return.xml was damaged (code out of range); deleted and rebuilt"])
    }

    func testASymlinkedCacheFolderIsNotUsed() throws {
        let real = folder.appendingPathComponent("real").path
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let plain = try run(.off)
        let linked = LoadCache(directory: link, minimumBytes: 0)
        XCTAssertEqual(try run(linked), plain)
        XCTAssertEqual(linked.counts.current.writes, 0)
        XCTAssertEqual(linked.notices.take(), ["the load cache is not used: \(link) is a symbolic link"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: real), [], "nothing written through the link")
    }

    func testSmallFilesAreNotKeptUnderTheSizeThreshold() throws {
        let big = LoadCache(directory: cacheFolder, minimumBytes: 1 << 20)
        _ = try run(big)
        XCTAssertEqual(xmlEntries(), [], "the fixtures are a few kilobytes, under 1 MB")
    }
}

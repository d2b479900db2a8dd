import Foundation
import XCTest
@testable import CarebookCore

/// The load cache: a second session reads what the first kept, with the same results,
/// and never reads an entry for another version of a file or a damaged one.
final class LoadCacheTests: CacheScratchTestCase {

    override func setUpWithError() throws {
        scratch = try ScratchFolder("cache", copying: ScratchFolder.borough("header.csv", "episodes.csv", "unit-costs.csv"))
    }

    var script: String {
        """
        load "\(folder.path)/header.csv"
        load "\(folder.path)/episodes.csv"
        load "\(folder.path)/unit-costs.csv"
        asat 2017-06-30
        looked_after() by placement_group
        scorecard(from: 2016-07-31, to: 2017-06-30)
        weekly_cost(looked_after() where placement_group == "Commissioned children's home")
        episodes where DECOM >= 2017-01-01 by PLACE
        validate()
        """
    }

    func run(_ cache: LoadCache) throws -> [String] { try outputs(of: script, cache: cache) }

    func testSecondSessionReadsTheCacheAndGetsTheSameResults() throws {
        let plain = try run(.off)
        let first = cache
        XCTAssertEqual(try run(first), plain)
        XCTAssertEqual(first.counts.current, .init(hits: 0, misses: 5, writes: 5),
                       "three tables, and the data set after the header and after the episodes")
        XCTAssertEqual(first.usage().entries, 5)
        let second = cache
        XCTAssertEqual(try run(second), plain)
        XCTAssertEqual(second.counts.current, .init(hits: 4, misses: 0, writes: 0),
                       "three tables and the data set read back, nothing rebuilt; the header-only data set "
                       + "is never read, only its summary line")
    }

    /// The care data after the script's two loads, with `cache`.
    func loaded(_ cache: LoadCache) throws -> CareDataSet {
        let interpreter = CarebookEngine.makeInterpreter(cache: cache)
        for case let .statement(s) in Parser.entries(script).prefix(2) { _ = try interpreter.run(s) }
        return try XCTUnwrap(interpreter.workspace.care.data)
    }

    func testADataSetReadFromTheCacheFindsChildrenByIdAsABuiltOneDoes() throws {
        _ = try run(cache)
        let (cached, built) = (try loaded(cache), try loaded(.off))
        XCTAssertEqual(cached.children.count, built.children.count)
        for c in [0, 17, 1_000, built.children.count - 1] {
            let id = built.children[c].id
            XCTAssertEqual(cached.child(id: id), built.child(id: id), id)
        }
        XCTAssertNil(cached.child(id: "no such child"))
    }

    func testAChangedFileIsReadAgainNotTakenFromTheCache() throws {
        _ = try run(cache)
        let header = folder.appendingPathComponent("header.csv")
        var text = try String(contentsOf: header, encoding: .utf8)
        text = text.replacingOccurrences(of: "\n", with: "\r\n")      // same data, different bytes
        try text.write(to: header, atomically: true, encoding: .utf8)
        let again = cache
        let out = try run(again)
        XCTAssertEqual(again.counts.current.hits, 2, "the episodes and unit costs tables are unchanged")
        XCTAssertEqual(again.counts.current.writes, 3, "the header table and both data sets are new")
        XCTAssertEqual(again.usage().entries, 5, "each new entry replaced the one for the file before its edit")
        XCTAssertEqual(out.dropFirst(2), try run(.off).dropFirst(2))
    }

    func testADamagedEntryIsDeletedAndTheFileReadAsUsual() throws {
        let plain = try run(.off)
        _ = try run(cache)
        let dir = folder.appendingPathComponent("cache").path
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            let path = dir + "/" + name
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        }
        let damaged = cache
        XCTAssertEqual(try run(damaged), plain)
        XCTAssertEqual(damaged.counts.current.hits, 0)
        XCTAssertEqual(damaged.counts.current.writes, 4, "every damaged entry that was needed was replaced")
    }

    func testEntriesAreReadableByTheUserOnly() throws {
        _ = try run(cache)
        let dir = folder.appendingPathComponent("cache").path
        let folderMode = try FileManager.default.attributesOfItem(atPath: dir)[.posixPermissions] as? Int
        XCTAssertEqual(folderMode, 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            let mode = try FileManager.default.attributesOfItem(atPath: dir + "/" + name)[.posixPermissions] as? Int
            XCTAssertEqual(mode, 0o600, name)
        }
    }

    func testSmallFilesAreNotCachedAndClearEmptiesTheFolder() throws {
        let small = LoadCache(directory: folder.appendingPathComponent("cache").path, minimumBytes: 1 << 30)
        _ = try run(small)
        XCTAssertEqual(small.usage().entries, 0)
        let all = cache
        _ = try run(all)
        XCTAssertEqual(all.clear(), 5)
        XCTAssertEqual(all.usage().entries, 0)
    }

    func testSettingsComeFromTheEnvironment() {
        XCTAssertNil(LoadCache.fromEnvironment(["CAREBOOK_CACHE": "off", "HOME": "/home/a"]).directory)
        XCTAssertEqual(LoadCache.fromEnvironment(["CAREBOOK_CACHE": "/tmp/c"]).directory, "/tmp/c")
        XCTAssertEqual(LoadCache.fromEnvironment(["XDG_CACHE_HOME": "/x", "HOME": "/home/a"]).directory, "/x/carebook")
        XCTAssertEqual(LoadCache.fromEnvironment(["HOME": "/home/a"]).directory, "/home/a/.cache/carebook")
        XCTAssertEqual(LoadCache.fromEnvironment(["HOME": "/home/a", "CAREBOOK_CACHE_MIN_BYTES": "5"]).minimumBytes, 5)
        XCTAssertNil(LoadCache.fromEnvironment([:]).directory)
    }
}

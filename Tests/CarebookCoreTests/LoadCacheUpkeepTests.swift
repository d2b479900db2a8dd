import Foundation
import XCTest
@testable import CarebookCore

/// When an entry is written: entries it replaces (their files since edited) and temporary files of
/// killed processes go, and the least recently used entries go while the cache is over its cap.
final class LoadCacheUpkeepTests: CacheScratchTestCase {
    var dir: String { cacheFolder }

    override func setUpWithError() throws {
        scratch = try ScratchFolder("upkeep")
    }

    func names() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() }

    func testAnEntryForAFileSinceEditedIsRemoved() throws {
        let csv = folder.appendingPathComponent("people.csv")
        try "name,age\nAda,36\n".write(to: csv, atomically: false, encoding: .utf8)
        let cache = LoadCache(directory: dir, minimumBytes: 0)
        let first = try XCTUnwrap(FileFingerprint(path: csv.path))
        let load = try CSVReader.parse(bytes: Array(try Data(contentsOf: csv)), name: "people.csv").get()
        let source = DataSource(path: "people.csv", sha256: "x", bytes: 1)
        cache.store(CachedCSV(load: load, source: source), for: first, name: "people.csv")
        let old = names()
        XCTAssertEqual(old.count, 1)
        try "name,age\nAda,37\n".write(to: csv, atomically: false, encoding: .utf8)
        let second = try XCTUnwrap(FileFingerprint(path: csv.path))
        XCTAssertNotEqual(first, second)
        cache.store(CachedCSV(load: load, source: source), for: second, name: "people.csv")
        XCTAssertEqual(names().count, 1, "the entry for the edited file replaced the old one")
        XCTAssertNotEqual(names(), old)
        XCTAssertNotNil(cache.csv(second, name: "people.csv"))
        // Another file's entry is not touched.
        let other = folder.appendingPathComponent("other.csv")
        try "a\n1\n".write(to: other, atomically: false, encoding: .utf8)
        cache.store(CachedCSV(load: load, source: source), for: try XCTUnwrap(FileFingerprint(path: other.path)), name: "other.csv")
        XCTAssertEqual(names().count, 2)
    }

    /// Writes an entry of about `size` bytes for `identity`, last used `age` seconds ago.
    func entry(_ cache: LoadCache, _ identity: String, size: Int, age: Int) throws -> String {
        let payload = [Int](repeating: 7, count: size / 8)
        XCTAssertTrue(cache.write(.table, key: "key of \(identity)", identity: identity) { $0.raw(payload) })
        let path = try XCTUnwrap(cache.entryPath(.table, key: "key of \(identity)", identity: identity))
        var times = [timespec](repeating: timespec(tv_sec: time(nil) - age, tv_nsec: 0), count: 2)
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        return path
    }

    func size(_ path: String) -> Int { LoadCache.entryStat(path)?.bytes ?? -1 }

    func testTheLeastRecentlyUsedEntriesGoWhenTheCacheIsOverItsCap() throws {
        var cache = LoadCache(directory: dir, minimumBytes: 0, maximumBytes: 1 << 40)
        let a = try entry(cache, "a", size: 10_000, age: 300)
        let b = try entry(cache, "b", size: 10_000, age: 200)
        let c = try entry(cache, "c", size: 10_000, age: 100)
        // Reading `a` makes it the most recently used: `b` is now the least.
        XCTAssertNotNil(cache.read(.table, key: "key of a", identity: "a") { try $0.raw(Int.self) })
        let each = size(a)
        XCTAssertEqual([size(b), size(c)], [each, each])
        // Room for three entries: writing a fourth evicts exactly one, the least recently used.
        cache.maximumBytes = 3 * each + each / 2
        let d = try entry(cache, "d", size: 10_000, age: 0)
        XCTAssertEqual(Set(names().map { folder.appendingPathComponent("cache/" + $0).path }), [a, c, d])
        // Room for one: only the newest stays.
        cache.maximumBytes = each
        _ = try entry(cache, "e", size: 10_000, age: 0)
        XCTAssertEqual(names().count, 1)
        XCTAssertEqual(names().first.map { $0.hasPrefix(LoadCache.identityPrefix("e")) }, true)
        XCTAssertEqual(LoadCache.fromEnvironment(["CAREBOOK_CACHE": "/c", "CAREBOOK_CACHE_MAX_BYTES": "5000"]).maximumBytes, 5000)
        XCTAssertEqual(LoadCache.fromEnvironment(["CAREBOOK_CACHE": "/c"]).maximumBytes, 2 << 30)
    }

    func testTemporaryFilesOfKilledProcessesAreRemoved() throws {
        let cache = LoadCache(directory: dir, minimumBytes: 0)
        try PrivateFile.makeDirectory(dir)
        // A process id that is not running (the highest below the kernel's limit that is free).
        let limit = Int32((try? String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "32768") ?? 32_768
        let gone = try XCTUnwrap(stride(from: limit - 1, to: 1, by: -1).first { kill($0, 0) != 0 && errno == ESRCH })
        let files = [".old.table.tmp-\(gone)-abc": 0,            // its process has ended
                     ".mine.table.tmp-\(getpid())-abc": 0,       // this process: still being written
                     "legacy.care.tmp-1": 2 * 86_400]            // format before this one, two days old
        for (name, age) in files {
            let p = dir + "/" + name
            XCTAssertTrue(FileManager.default.createFile(atPath: p, contents: Data("partial".utf8)))
            var times = [timespec](repeating: timespec(tv_sec: time(nil) - age, tv_nsec: 0), count: 2)
            XCTAssertEqual(utimensat(AT_FDCWD, p, &times, 0), 0)
        }
        _ = try entry(cache, "x", size: 100, age: 0)
        XCTAssertEqual(names().filter { $0.contains(".tmp-") }, [".mine.table.tmp-\(getpid())-abc"])
    }
}

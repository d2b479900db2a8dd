import Foundation
import XCTest
import CarebookShell

/// `carebook --recover [FILE]` as a process: the newest crashed session, or the one named.
extension EndToEndTests {
    /// Journals in the scratch HOME's `.carebook`: two crashed sessions and one that quit cleanly (the newest).
    /// `now` is the one clock reading the ages count back from, so the listing's stamps can be worked out.
    func plantJournals() throws -> (older: String, newer: String, now: Int) {
        let dir = scratch.appendingPathComponent(".carebook").path
        try PrivateFile.makeDirectory(dir)
        let now = time(nil)
        let write = { (name: String, text: String, age: Int) throws -> String in
            let path = dir + "/" + name
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            var times = [timespec](repeating: timespec(tv_sec: now - age, tv_nsec: 0), count: 2)
            XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
            return path
        }
        let older = try write("journal-1000-1.cb", "# carebook\nolder = 2 * 21\nolder\n#> 42\n", 300)
        let newer = try write("journal-2000-2.cb", "# carebook\nnewer = 5\n", 200)
        _ = try write("journal-3000-3.cb", "# carebook\nquit_cleanly = 1\n# session ended cleanly\n", 100)
        return (older, newer, now)
    }

    func testRecoverReplaysTheNewestCrashedSessionAndListsTheOthers() throws {
        let (older, newer, now) = try plantJournals()
        let r = try carebook(["--recover"], stdin: "newer + 1\n", in: scratch)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, """
            sessions that did not end cleanly, newest first:
              \(newer)  (1 item, \(CarebookCLI.stamp(Date(timeIntervalSince1970: Double(now - 200)))))
              \(older)  (2 items, \(CarebookCLI.stamp(Date(timeIntervalSince1970: Double(now - 300)))))
            recovering the newest; carebook --recover FILE recovers another
            recovered 1 statements from \(newer); :save FILE.cb to keep them
            6

            """)
    }

    func testRecoverFilePicksThatJournal() throws {
        let (older, _, _) = try plantJournals()
        let r = try carebook(["--recover", older], stdin: "older + 1\n", in: scratch)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "42\nrecovered 2 statements from \(older); :save FILE.cb to keep them\n43\n")
        let missing = try carebook(["--recover", scratch.path + "/nope.cb"], in: scratch)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.err, "error: cannot recover \(scratch.path)/nope.cb: no such journal\n")
    }

    func testRecoverWithNothingToRecoverSaysSo() throws {
        let r = try carebook(["--recover"], in: scratch)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.err, "nothing to recover: no session that ended without quitting in \(scratch.path)/.carebook\n")
    }
}

extension EndToEndTests {
    /// A journal left without its lock (a carebook from before locks) whose process is a running carebook is live.
    func testAJournalOfARunningCarebookIsNotOffered() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.environment = ["HOME": scratch.path, "PATH": "/usr/bin:/bin"]
        let input = Pipe()
        p.standardInput = input
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        defer { try? input.fileHandleForWriting.close(); p.waitUntilExit() }
        let deadline = Date().addingTimeInterval(10)
        while (try? String(contentsOfFile: "/proc/\(p.processIdentifier)/comm", encoding: .utf8)) != "carebook\n", Date() < deadline {
            usleep(10_000)
        }
        let dir = scratch.appendingPathComponent(".carebook").path
        try PrivateFile.makeDirectory(dir)
        let running = dir + "/journal-1000-\(p.processIdentifier).cb"
        try "# carebook\nx = 1\n".write(toFile: running, atomically: false, encoding: .utf8)
        XCTAssertTrue(Journal.isLive(running))
        XCTAssertEqual(Journal.recoverable(in: dir).map(\.path), [])
        let r = try carebook(["--recover", running], in: scratch)
        XCTAssertEqual(r.err, "error: cannot recover \(running): its session is still running\n")
    }

    /// The shell says once that a cache entry was damaged, or that the cache folder is not used; answers are unchanged.
    func testCacheWarningsAreShownOnceBesideTheResults() throws {
        for name in ["header.csv", "episodes.csv"] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Datasets/example-borough/\(name)"),
                                             to: scratch.appendingPathComponent(name))
        }
        let script = try write("count.cb", "load \"header.csv\"\nload \"episodes.csv\"\nasat 2017-06-30\ncount(looked_after())\n")
        let cacheDir = scratch.appendingPathComponent("cache").path
        let env = ["CAREBOOK_CACHE": cacheDir, "CAREBOOK_CACHE_MIN_BYTES": "0"]
        let first = try carebook([script], in: scratch, env: env)
        XCTAssertEqual(first.err, "")
        for name in try FileManager.default.contentsOfDirectory(atPath: cacheDir) {
            let path = cacheDir + "/" + name
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            bytes[bytes.count / 2] ^= 1
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        let damaged = try carebook([script], in: scratch, env: env)
        XCTAssertEqual(damaged.out, first.out)
        let warnings = damaged.err.split(separator: "\n").sorted()
        XCTAssertEqual(warnings, [
            "warning: cache entry for episodes.csv was damaged (checksum); deleted and rebuilt",
            "warning: cache entry for header.csv was damaged (checksum); deleted and rebuilt",
            "warning: cache entry for the data set of header.csv, episodes.csv was damaged (checksum); deleted and rebuilt",
        ])
        XCTAssertEqual(try carebook([script], in: scratch, env: env).err, "", "rebuilt: nothing more to say")
        XCTAssertEqual(chmod(cacheDir, 0o777), 0)
        let open = try carebook([script], in: scratch, env: env)
        XCTAssertEqual(open.out, first.out)
        XCTAssertEqual(open.err, "warning: the load cache is not used: \(cacheDir) can be written by anyone (mode 777)\n")
        let shown = try carebook([], stdin: ":cache\n", in: scratch, env: env)
        XCTAssertEqual(shown.out, "the load cache is not used: \(cacheDir) can be written by anyone (mode 777)\n")
    }
}

import Foundation
import XCTest

/// Runs the built `carebook` binary as a process and compares whole outputs.
final class EndToEndTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: String {
        if let env = ProcessInfo.processInfo.environment["CAREBOOK_BIN"], !env.isEmpty { return env }
        return root.appendingPathComponent(".build/debug/carebook").path
    }

    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs carebook with arguments and optional standard input, in a scratch folder with its own HOME.
    func carebook(_ args: [String], stdin: String? = nil, in dir: URL, env: [String: String] = [:]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        p.currentDirectoryURL = dir
        p.environment = ["HOME": dir.path, "PATH": "/usr/bin:/bin", "TERM": "xterm"].merging(env) { $1 }
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    var scratch: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.binary),
                          "build the binary first: swift build --product carebook")
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("carebook-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = scratch.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    let script = """
    # weekly cost of a residential placement
    weekly = £3,712
    weekly * 52
    [1, 2] + [3]
    """

    func testRunningAScriptPrintsEachResult() throws {
        let path = try write("a.cb", script)
        let r = try carebook([path], in: scratch)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "£193,024\n[1, 2, 3]\n")
        XCTAssertEqual(r.err, "")
    }

    func testPipedInputBehavesLikeTheScriptFile() throws {
        let path = try write("a.cb", script)
        let fromFile = try carebook([path], in: scratch)
        let piped = try carebook([], stdin: script, in: scratch)
        XCTAssertEqual(piped.status, 0, piped.err)
        XCTAssertEqual(piped.out, fromFile.out)
        XCTAssertFalse(piped.out.contains("\u{1B}"), "no escape sequences without a terminal")
    }

    func testAScriptStopsAtTheFirstErrorUnlessKeepGoing() throws {
        let path = try write("b.cb", "1 + 1\n£5 + 5\n2 + 2\nassert 1 == 2\n3 + 3\n")
        let stopped = try carebook([path], in: scratch)
        XCTAssertEqual(stopped.status, 1)
        XCTAssertEqual(stopped.out, "2\n")
        XCTAssertTrue(stopped.err.hasPrefix("error: cannot add money and a number\n --> b.cb:2:1\n"), stopped.err)
        let all = try carebook(["--keep-going", path], in: scratch)
        XCTAssertEqual(all.status, 1)
        XCTAssertEqual(all.out, "2\n4\n6\n")
        XCTAssertTrue(all.err.contains("error: assertion failed"), all.err)
    }

    func testEverySyntaxErrorIsReportedBeforeAnythingRuns() throws {
        let path = try write("s.cb", "x = 1\nx = (1 +\ny = 2 2\nx\nz = £\n")
        let r = try carebook([path], in: scratch)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.out, "", "nothing runs when the script has syntax errors")
        XCTAssertEqual(r.err.components(separatedBy: "error:").count - 1, 3, r.err)
        XCTAssertTrue(r.err.contains("s.cb:2:"), r.err)
        XCTAssertTrue(r.err.contains("s.cb:3:"), r.err)
        XCTAssertTrue(r.err.contains("s.cb:5:"), r.err)
    }

    func testPipedInputReportsRealLineNumbers() throws {
        let r = try carebook([], stdin: "x = 1\n\ny = x +\n  nosuch\n", in: scratch)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("--> <stdin>:4:3"), r.err)
        XCTAssertTrue(r.err.contains("4 |   nosuch"), r.err)
    }

    func testCheckPassesThenFailsWhenAResultChanges() throws {
        let path = try write("c.cb", "x = 2\nx * 3\n#> 6\n")
        let pass = try carebook(["check", path], in: scratch)
        XCTAssertEqual(pass.status, 0, pass.err)
        XCTAssertTrue(pass.out.contains("2 statements, all match"), pass.out)
        _ = try write("c.cb", "x = 2\nx * 3\n#> 7\n")
        let fail = try carebook(["check", path], in: scratch)
        XCTAssertEqual(fail.status, 1)
        XCTAssertTrue(fail.err.contains("c.cb:2: result differs for: x * 3\n  expected:\n    7\n  actual:\n    6"), fail.err)
        let update = try carebook(["check", "--update", path], in: scratch)
        XCTAssertEqual(update.status, 0)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "x = 2\nx * 3\n#> 6\n")
    }

    func testASecondRunReadsTheLoadCacheAndPrintsTheSameResults() throws {
        let data = Self.root.appendingPathComponent("Datasets/example-borough").path
        let path = try write("q.cb", """
            load "\(data)/header.csv"
            load "\(data)/episodes.csv"
            looked_after(on: 2019-03-31) by placement_group
            indicator("8.2")
            :cache
            """)
        let env = ["CAREBOOK_CACHE_MIN_BYTES": "0"]     // the borough's files are under the usual 1 MB threshold
        let first = try carebook([path], in: scratch, env: env)
        let second = try carebook([path], in: scratch, env: env)
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertTrue(first.out.contains("this session: 0 read from the cache, 4 not in it, 4 written"), first.out)
        XCTAssertTrue(second.out.contains("this session: 3 read from the cache, 0 not in it, 0 written"), second.out)
        let results = { (r: Run) in r.out.components(separatedBy: "\n").prefix { !$0.contains("load cache") } }
        XCTAssertEqual(results(second), results(first))
        XCTAssertTrue(results(first).joined().contains("1,873 children"), first.out)
        let folder = scratch.appendingPathComponent(".cache/carebook").path
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int, 0o700)
        let off = try carebook([path], in: scratch, env: ["CAREBOOK_CACHE": "off"])
        XCTAssertEqual(results(off), results(first))
        XCTAssertTrue(off.out.contains("the load cache is off"), off.out)
    }

    func testMissingScriptIsAClearError() throws {
        let r = try carebook(["nope.cb"], in: scratch)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.err, "error: no such file: nope.cb\n")
    }

    func testAScriptThatIsAFIFOOrADeviceIsRefusedAtOnce() throws {
        let fifo = scratch.appendingPathComponent("pipe.cb").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let started = Date()
        let r = try carebook([fifo], in: scratch)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "not blocked waiting for a writer")
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.err, "error: \(fifo) is not a regular file\n")
        let zero = try carebook(["/dev/zero"], in: scratch)
        XCTAssertEqual(zero.status, 2)
        XCTAssertEqual(zero.err, "error: /dev/zero is not a regular file\n")
    }

    func testSavedSessionReplaysAndChecks() throws {
        let csv = try write("costs.csv", "group,weekly\nIn-house fostering,£525\nExternal home,\"£3,712\"\n")
        let session = "load \"costs.csv\" as costs\nsum(costs.weekly)\n:save saved.cb\n"
        let r = try carebook([], stdin: session, in: scratch)
        XCTAssertEqual(r.status, 0, r.err)
        let saved = try String(contentsOfFile: scratch.appendingPathComponent("saved.cb").path, encoding: .utf8)
        XCTAssertTrue(saved.contains("# data: \"costs.csv\" sha256:"), saved)
        XCTAssertTrue(saved.contains("sum(costs.weekly)\n#> £4,237\n"), saved)
        let attributes = try FileManager.default.attributesOfItem(atPath: scratch.appendingPathComponent("saved.cb").path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let check = try carebook(["check", "saved.cb"], in: scratch)
        XCTAssertEqual(check.status, 0, check.err + check.out)
        try "group,weekly\nIn-house fostering,£600\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let changed = try carebook(["check", "saved.cb"], in: scratch)
        XCTAssertEqual(changed.status, 1)
        XCTAssertTrue(changed.err.contains("data file costs.csv has changed"), changed.err)
    }
}

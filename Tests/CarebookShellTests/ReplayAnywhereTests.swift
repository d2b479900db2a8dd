import Foundation
import XCTest

/// A saved session replays from any working directory: `:save` writes data paths relative to the
/// script's folder, `check` and `render` read them from there, and a missing data file is reported once.
final class ReplayAnywhereTests: XCTestCase {
    var scratch: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: EndToEndTests.binary),
                          "build the binary first: swift build --product carebook")
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("carebook-replay-\(UUID().uuidString)")
        for dir in ["data", "reports", "elsewhere/deeper"] {
            try FileManager.default.createDirectory(at: scratch.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        // £525 + £3,712 = £4,237.
        try "group,weekly\nIn-house fostering,£525\nExternal home,\"£3,712\"\n"
            .write(to: scratch.appendingPathComponent("data/costs.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    func run(_ args: [String], stdin: String? = nil, in dir: URL) throws -> EndToEndTests.Run {
        try runCarebook(args, stdin: stdin, in: dir, home: scratch)
    }

    /// Saves `load "data/costs.csv"` typed in the scratch folder to reports/saved.cb.
    func saveSession() throws -> String {
        let r = try run([], stdin: "load \"data/costs.csv\" as costs\nsum(costs.weekly)\n:save reports/saved.cb\n", in: scratch)
        XCTAssertEqual(r.status, 0, r.err)
        return try String(contentsOf: scratch.appendingPathComponent("reports/saved.cb"), encoding: .utf8)
    }

    func testSaveWritesDataPathsRelativeToTheScript() throws {
        let saved = try saveSession()
        XCTAssertTrue(saved.contains("# data: \"../data/costs.csv\" sha256:"), saved)
        XCTAssertTrue(saved.contains("load \"../data/costs.csv\" as costs\n#> loaded ../data/costs.csv as costs:"), saved)
        XCTAssertTrue(saved.contains("sum(costs.weekly)\n#> £4,237\n"), saved)
    }

    func testASavedScriptChecksCleanFromAnyWorkingDirectory() throws {
        _ = try saveSession()
        let path = scratch.appendingPathComponent("reports/saved.cb").path
        for (args, dir) in [(["check", "reports/saved.cb"], scratch!), (["check", "saved.cb"], scratch.appendingPathComponent("reports")),
                            (["check", path], URL(fileURLWithPath: "/")), (["check", path], scratch.appendingPathComponent("elsewhere/deeper"))] {
            let r = try run(args, in: dir)
            XCTAssertEqual(r.status, 0, "\(args) in \(dir.path): " + r.err + r.out)
            XCTAssertTrue(r.out.hasSuffix("2 statements, all match\n"), r.out)
        }
    }

    func testRenderReadsDataFromTheScriptsFolder() throws {
        _ = try saveSession()
        let out = scratch.appendingPathComponent("elsewhere/report.md").path
        let r = try run(["render", scratch.appendingPathComponent("reports/saved.cb").path, "-o", out], in: URL(fileURLWithPath: "/"))
        XCTAssertEqual(r.status, 0, r.err)
        let md = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(md.contains("£4,237"), md)
    }

    func testAMissingDataFileIsReportedOnceAndFirst() throws {
        let saved = try saveSession()
        // One folder deeper, "../data/costs.csv" points at elsewhere/data/costs.csv, which does not exist.
        let moved = scratch.appendingPathComponent("elsewhere/deeper/saved.cb")
        try saved.write(to: moved, atomically: true, encoding: .utf8)
        let r = try run(["check", "saved.cb"], in: moved.deletingLastPathComponent())
        XCTAssertEqual(r.status, 1)
        let lines = r.err.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, r.err)
        XCTAssertTrue(lines[0].hasPrefix("saved.cb: data file ../data/costs.csv is missing (looked for "), r.err)
        XCTAssertTrue(lines[0].contains("elsewhere/data/costs.csv"), r.err)
        XCTAssertEqual(lines[1], "saved.cb: 2 statements, 0 differ, 2 not replayed for missing data")
        XCTAssertFalse(r.err.contains("result differs"), r.err)
        // --update does not record the data's absence.
        let u = try run(["check", "--update", "saved.cb"], in: moved.deletingLastPathComponent())
        XCTAssertEqual(u.status, 1)
        XCTAssertTrue(u.err.contains("saved.cb: not updated: a data file is missing"), u.err)
        XCTAssertEqual(try String(contentsOf: moved, encoding: .utf8), saved)
    }
}

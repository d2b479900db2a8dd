import Foundation
import XCTest

/// `:write` a looked-after table as Parquet, then DuckDB answers the bench's question 1 (looked after on
/// 31 March 2019 by placement group) twice: from the export, and from the bundled episodes CSV with the
/// bench's own SQL (Scripts/bench-peers/duckdb_questions.py). The two must agree.
extension EndToEndTests {
    func testDuckDBReadsTheExportAndAgreesOnQuestion1() throws {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import duckdb"]
        var env = ProcessInfo.processInfo.environment
        env["PYTHONPATH"] = Self.root.path + "/.build/python" + (env["PYTHONPATH"].map { ":" + $0 } ?? "")
        python.environment = env     // setup-deps installs duckdb there when the system's Python may not be changed
        python.standardError = FileHandle.nullDevice
        try python.run()
        python.waitUntilExit()
        guard python.terminationStatus == 0 else { throw XCTSkip("python3 with duckdb is not installed (Scripts/setup-deps --test)") }

        let borough = Self.root.appendingPathComponent("Datasets/example-borough").path
        let export = scratch.appendingPathComponent("lac.parquet").path
        let run = try carebook(["--no-data"], stdin: """
            load "\(borough)/header.csv"
            load "\(borough)/episodes.csv"
            lac = looked_after(on: 2019-03-31)
            :write \(export) lac
            """, in: scratch)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.out.contains("wrote \(export): lac,"), run.out)
        let attributes = try FileManager.default.attributesOfItem(atPath: export)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)

        let peers = Self.root.appendingPathComponent("Scripts/bench-peers").path
        let check = """
            import sys, subprocess, duckdb
            fromExport = sorted(f"Q1 {g}={n}" for g, n in duckdb.sql(
                "select placement_group, count(*) from read_parquet('\(export)') group by 1").fetchall())
            fromCSV = sorted(subprocess.run([sys.executable, '\(peers)/duckdb_questions.py', '1', '\(borough)'],
                             capture_output=True, text=True, check=True).stdout.split('\\n')[:-1])
            print(fromExport == fromCSV, len(fromExport), sum(int(l.split('=')[1]) for l in fromExport))
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", check]
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertTrue(text.hasPrefix("True "), "DuckDB's answers from the export and from the CSV differ: \(text)")
    }
}

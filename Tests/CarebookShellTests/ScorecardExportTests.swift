import Foundation
import XCTest

/// `:write` a scorecard as CSV and Parquet: the month and year-to-date cells are numbers (not `91.7%`), in the
/// unit the `unit` column names, read back by DuckDB (CSV and Parquet).
///
/// The figures are the example borough's June 2017 local trackers as `Datasets/example-borough/calibration.cb`
/// counts them (and `Scripts/check-trackers` counts them again with pandas): 6.12 is 343 of 374 children with
/// a PEP = 91.711… points; 9.4 recruited 6, 3, 8 in April–June, 17 in the year; 9.5 deregistered 2, 0, 1, 3 in
/// the year; 11.4 is 481 cases over 45 qualified social workers = 10.688….
extension EndToEndTests {
    func testAScorecardIsWrittenWithNumericCells() throws {
        let borough = Self.root.appendingPathComponent("Datasets/example-borough").path
        let csv = scratch.appendingPathComponent("sc.csv").path, parquet = scratch.appendingPathComponent("sc.parquet").path
        let run = try carebook(["--no-data"], stdin: """
            load "\(borough)/header.csv"
            load "\(borough)/episodes.csv"
            load "\(borough)/local-indicators.cb"
            sc = scorecard(from: 2017-04-30, to: 2017-06-30) where id in ["6.12", "9.4", "9.5", "11.4"]
            :write \(csv) sc
            :write \(parquet) sc
            """, in: scratch)
        XCTAssertEqual(run.status, 0, run.err)
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "id,indicator,good,Apr-17,May-17,Jun-17,ytd,dot,rag,red,amber,green,unit")
        XCTAssertEqual(lines.count, 5)
        // Counts are whole numbers; a measure with no year to date has an empty cell.
        XCTAssertEqual(lines[2], "9.4,Number of Foster Carers Recruited,High,6,3,8,17,↑,,,,,count")
        XCTAssertEqual(lines[3], "9.5,Number of Foster Carers Deregistered,Info,2,0,1,3,↑,,,,,count")
        XCTAssertTrue(lines[1].hasPrefix("6.12,% of LAC with a PEP,High,") && lines[1].hasSuffix(",percent"), lines[1])
        XCTAssertTrue(lines[1].contains(",\(343.0 / 374 * 100),,↓,Amber,"), lines[1])
        XCTAssertTrue(lines[4].hasSuffix(",average count") && lines[4].contains(",\(481.0 / 45),,↓,Red,"), lines[4])
        XCTAssertFalse(lines.dropFirst().contains { $0.split(separator: ",", omittingEmptySubsequences: false)[3...6].contains { $0.hasSuffix("%") } })

        // DuckDB reads the month columns of the CSV (its own sniffer, the id column as text) and of the Parquet
        // file as doubles.
        let check = """
            import math, duckdb
            months = '"Apr-17", "May-17", "Jun-17", ytd'
            csv = duckdb.sql(f"select id, {months}, unit, typeof(\\"Jun-17\\"), typeof(ytd) from read_csv('\(csv)', types={{'id': 'VARCHAR'}}) order by id").fetchall()
            d = {r[0]: r for r in csv}
            ok = all(r[6] == 'DOUBLE' and r[7] in ('DOUBLE', 'BIGINT') for r in csv)  # ytd is whole or empty: BIGINT
            ok &= list(d['9.4'][1:5]) == [6, 3, 8, 17] and list(d['9.5'][1:5]) == [2, 0, 1, 3]
            ok &= abs(d['6.12'][3] - 343 / 374 * 100) < 1e-9 and d['6.12'][4] is None
            ok &= abs(d['11.4'][3] - 481 / 45) < 1e-9 and d['11.4'][5] == 'average count'
            rows = duckdb.sql('select id, typeof("Jun-17"), "Jun-17", ytd from read_parquet(\\'\(parquet)\\') order by id').fetchall()
            ok &= [r[1] for r in rows] == ['DOUBLE'] * 4
            ok &= {r[0]: (r[2], r[3]) for r in rows}['9.4'] == (8.0, 17.0)
            ok &= abs({r[0]: r[2] for r in rows}['11.4'] - 481 / 45) < 1e-9
            print(ok)
            """
        var env = ProcessInfo.processInfo.environment
        env["PYTHONPATH"] = Self.root.path + "/.build/python" + (env["PYTHONPATH"].map { ":" + $0 } ?? "")
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import duckdb"]
        probe.environment = env
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { throw XCTSkip("python3 with duckdb is not installed (Scripts/setup-deps --test installs it)") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", check]
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(text, "True\n", problem)
    }
}

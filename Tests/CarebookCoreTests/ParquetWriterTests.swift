import Foundation
import XCTest
@testable import CarebookCore

/// Parquet files carebook writes, read back by DuckDB (an independent reader) where it is installed
/// (`Scripts/setup-deps --test` installs it for CI).
final class ParquetWriterTests: XCTestCase {
    /// Every column type, with an empty cell in each column and nine bools (two bytes of bits).
    func sampleTable() -> Table {
        var text = TextColumnBuilder()
        for s in ["A1", "B2", "", "Çà ü", "E5", "F6", "G7", "H8", "I9"] { if s.isEmpty { text.appendMissing() } else { text.append(s) } }
        let m = Column.missingInteger
        let days = [Day.parse("2017-03-31")!.number, Day.parse("1969-12-31")!.number].map(Int64.init)
        return Table(columns: [
            Column(name: "child", storage: text.storage),
            Column(name: "weeks", storage: .numbers([1, 2.5, .nan, -4, 0, 1e9, 7, 8, 9], percent: false)),
            Column(name: "share", storage: .numbers([0.255, .nan, 1, 0, 0, 0, 0, 0, 0], percent: true)),
            Column(name: "weekly_cost", storage: .money([371_250, m, -1, 0, 1, 2, 3, 4, 99_999_999_99])),
            Column(name: "start", storage: .dates([days[0], days[1], m, days[0], days[0], days[0], days[0], days[0], days[0]])),
            Column(name: "in_area", storage: .bools([true, false, nil, true, true, false, true, true, true])),
            Column(name: "stay", storage: .durations([Duration(months: 3), nil, Duration(days: 14), nil, nil, nil, nil, nil, nil])),
        ], rowCount: 9, origin: "test")
    }

    func testFileShape() {
        let bytes = ParquetWriter.data(sampleTable())
        XCTAssertEqual(Array(bytes.prefix(4)), Array("PAR1".utf8))
        XCTAssertEqual(Array(bytes.suffix(4)), Array("PAR1".utf8))
        let n = bytes.count
        let footer = Int(bytes[n - 8]) | Int(bytes[n - 7]) << 8 | Int(bytes[n - 6]) << 16 | Int(bytes[n - 5]) << 24
        XCTAssertGreaterThan(footer, 0)
        XCTAssertLessThan(footer, n - 12)
    }

    func testThriftCompactEncoding() {
        // Field 1 i32 = 1 → header 0x15, zigzag(1) = 2; field 4 string "ab" → delta 3 binary 0x38, length 2;
        // a jump back to field 2 → long form 0x06 then zigzag(2) = 4, i64 -1 → zigzag 1; stop.
        var w = ThriftCompactWriter()
        w.structValue { s in
            s.i32(1, 1)
            s.string(4, "ab")
        }
        XCTAssertEqual(w.bytes, [0x15, 0x02, 0x38, 0x02, 0x61, 0x62, 0x00])
    }

    /// DuckDB reads the file back to the values written (types, nulls, exact pence, dates).
    func testDuckDBReadsTheFile() throws {
        guard Self.duckDBAvailable else { throw XCTSkip("python3 with duckdb is not installed (Scripts/setup-deps --test installs it)") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cb-parquet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.parquet").path
        try PrivateFile.writeAtomically(bytes: ParquetWriter.data(sampleTable()), to: path)
        let script = """
        import duckdb, json
        con = duckdb.connect()
        types = [r[1] for r in con.sql("describe select * from read_parquet('\(path)')").fetchall()]
        rows = con.sql("select child, weeks, share, cast(weekly_cost as varchar), cast(start as varchar), in_area, stay from read_parquet('\(path)')").fetchall()
        print(json.dumps({"types": types, "rows": [[None if v != v else v for v in r] for r in rows]}))
        """
        let out = try Self.python(script)
        let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
        XCTAssertEqual(json["types"] as? [String], ["VARCHAR", "DOUBLE", "DOUBLE", "DECIMAL(18,2)", "DATE", "BOOLEAN", "VARCHAR"])
        let rows = json["rows"] as! [[Any?]]
        XCTAssertEqual(rows.count, 9)
        /// A cell as text; JSON's null arrives as NSNull, shown "<null>".
        func cell(_ r: Int, _ c: Int) -> String { rows[r][c].map { "\($0)" } ?? "<null>" }
        XCTAssertEqual((0..<9).map { cell($0, 0) }, ["A1", "B2", "<null>", "Çà ü", "E5", "F6", "G7", "H8", "I9"])
        XCTAssertEqual(cell(1, 1), "2.5")
        XCTAssertEqual(cell(0, 2), "0.255")
        XCTAssertEqual(cell(0, 3), "3712.50")
        XCTAssertEqual(cell(2, 3), "-0.01")
        XCTAssertEqual(cell(8, 3), "99999999.99")      // 9,999,999,999 pence
        XCTAssertEqual(cell(0, 4), "2017-03-31")
        XCTAssertEqual(cell(1, 4), "1969-12-31")
        XCTAssertEqual((0..<9).map { cell($0, 5) }, ["1", "0", "<null>", "1", "1", "0", "1", "1", "1"])
        XCTAssertEqual(cell(0, 6), Value.duration(Duration(months: 3)).brief)
    }

    /// More rows than a row group holds: two row groups, read back whole. The numbers 0…n−1 sum to
    /// n(n−1)/2; every 1,000th cell is empty (n/1000 rounded up of them), taken off the sum.
    func testRowGroupsSplitLargeTables() throws {
        guard Self.duckDBAvailable else { throw XCTSkip("python3 with duckdb is not installed") }
        let n = ParquetWriter.rowGroupSize + 5
        let values = (0..<n).map { $0 % 1000 == 0 ? Double.nan : Double($0) }
        let table = Table(columns: [Column(name: "x", storage: .numbers(values, percent: false))], rowCount: n, origin: "t")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cb-parquet-\(UUID().uuidString).parquet").path
        defer { unlink(path) }
        try PrivateFile.writeAtomically(bytes: ParquetWriter.data(table), to: path)
        let out = try Self.python("""
        import duckdb
        print(duckdb.sql("select count(*), count(x), cast(sum(x) as bigint) from read_parquet('\(path)')").fetchall()[0])
        """)
        let empty = (n + 999) / 1000
        let emptySum = (0..<empty).reduce(0) { $0 + $1 * 1000 }
        XCTAssertEqual(out.trimmingCharacters(in: .whitespacesAndNewlines), "(\(n), \(n - empty), \(n * (n - 1) / 2 - emptySum))")
    }

    static let duckDBAvailable: Bool = (try? python("import duckdb; print('ok')"))?.hasPrefix("ok") ?? false

    static func python(_ script: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script]
        p.environment = pythonEnvironment(repository: CareFixtures.repository.path)
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The environment for a Python peer: `Scripts/setup-deps --test` installs duckdb into the project's own
/// `.build/python` when the system's Python may not be changed, so that folder goes on PYTHONPATH.
func pythonEnvironment(repository: String) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    let own = repository + "/.build/python"
    env["PYTHONPATH"] = env["PYTHONPATH"].map { own + ":" + $0 } ?? own
    return env
}

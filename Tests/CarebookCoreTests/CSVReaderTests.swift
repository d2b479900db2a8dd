import XCTest
@testable import CarebookCore

final class CSVReaderTests: XCTestCase {
    private func load(_ text: String, name: String = "t.csv") throws -> CSVLoad {
        try CSVReader.parse(bytes: Array(text.utf8), name: name).get()
    }

    private func error(_ bytes: [UInt8], name: String = "t.csv") -> Diagnostic? {
        if case let .failure(d) = CSVReader.parse(bytes: bytes, name: name) { return d }
        return nil
    }

    func testInfersEachType() throws {
        let csv = """
        id,code,n,x,cost,share,start,uk,ok,note
        1,007,1234,-3.5,"£3,712",12.1%,2017-06-30,30/06/2017,true,hello
        2,E4A,"1,234",0.25,£5.50,72%,2018-01-01,01/02/2018,FALSE,
        3,A,,.5,-£5,,,,yes,world

        """
        let load = try load(csv)
        XCTAssertEqual(load.columnTypes, [.number, .text, .number, .number, .money, .percent, .date, .date, .bool, .text])
        XCTAssertEqual(load.rowsRead, 3)
        let t = load.table
        XCTAssertTrue(t[0, 1].isEqual(to: .text("007")))
        XCTAssertTrue(t[1, 2].isEqual(to: .number(1234)))
        XCTAssertTrue(t[2, 2].isEqual(to: .missing))
        XCTAssertTrue(t[0, 3].isEqual(to: .number(-3.5)))
        XCTAssertTrue(t[2, 3].isEqual(to: .number(0.5)))
        XCTAssertTrue(t[0, 4].isEqual(to: .money(Money(pence: 371_200))))
        XCTAssertTrue(t[1, 4].isEqual(to: .money(Money(pence: 550))))
        XCTAssertTrue(t[2, 4].isEqual(to: .money(Money(pence: -500))))
        XCTAssertTrue(t[0, 5].isEqual(to: .percent(0.121)))
        XCTAssertTrue(t[1, 5].isEqual(to: .percent(0.72)))
        XCTAssertTrue(t[0, 6].isEqual(to: .date(Day(year: 2017, month: 6, day: 30)!)))
        XCTAssertTrue(t[1, 7].isEqual(to: .date(Day(year: 2018, month: 2, day: 1)!)))
        XCTAssertTrue(t[1, 8].isEqual(to: .bool(false)))
        XCTAssertTrue(t[2, 8].isEqual(to: .bool(true)))
        XCTAssertTrue(t[1, 9].isEqual(to: .missing))
    }

    func testIdsThatWouldCollideAsNumbersStayText() throws {
        let load = try load("indicator,cost\n6.1,3.50\n6.10,3.5\n8.2,12.00\n")
        // 6.1 and 6.10 are different indicators (an id column); 3.50 and 3.5 are one amount.
        XCTAssertEqual(load.columnTypes, [.text, .number])
        XCTAssertTrue(load.table[1, 0].isEqual(to: .text("6.10")))
        let prices = try self.load("price\n3.50\n4.25\n12.00\n")
        XCTAssertEqual(prices.columnTypes, [.number], "trailing zeros alone do not make codes")
    }

    func testMixedColumnIsTextKeepingRawCells() throws {
        let t = try load("a,b\n1,£5\nx,6\n").table
        XCTAssertEqual(t.columns.map(\.type), [.text, .text])
        XCTAssertTrue(t[0, 0].isEqual(to: .text("1")))
        XCTAssertTrue(t[0, 1].isEqual(to: .text("£5")))
        XCTAssertTrue(t[1, 1].isEqual(to: .text("6")))
    }

    func testBadThousandsAndCodesStayText() throws {
        XCTAssertEqual(try load("a\n\"1,23\"\n").columnTypes, [.text])
        XCTAssertEqual(try load("a\n0123\n").columnTypes, [.text])
        XCTAssertEqual(try load("a\n0\n0.5\n").columnTypes, [.number])
        XCTAssertEqual(try load("a\n1e5\n").columnTypes, [.text])
        XCTAssertEqual(try load("a\n31/02/2017\n").columnTypes, [.text])
    }

    func testQuotingCRLFBOMAndNoFinalNewline() throws {
        let csv = "\u{FEFF}name,note\r\n\"Smith, J\",\"said \"\"hi\"\"\r\nthen left\"\r\nLee,plain"
        let load = try load(csv)
        XCTAssertEqual(load.table.columnNames, ["name", "note"])
        XCTAssertEqual(load.rowsRead, 2)
        XCTAssertTrue(load.table[0, 0].isEqual(to: .text("Smith, J")))
        XCTAssertTrue(load.table[0, 1].isEqual(to: .text("said \"hi\"\r\nthen left")))
        XCTAssertTrue(load.table[1, 1].isEqual(to: .text("plain")))
    }

    func testHeaderNamesTrimmedFilledAndDeduplicated() throws {
        let t = try load(" age ,,Age,age\n1,2,3,4\n").table
        XCTAssertEqual(t.columnNames, ["age", "column_2", "Age_2", "age_3"])
    }

    func testSpacesOnlyCellsAreMissingAndBlankLinesSkipped() throws {
        let load = try load("a,b\n 1 ,x\n   ,y\n\n3, z \n")
        XCTAssertEqual(load.rowsRead, 3)
        XCTAssertEqual(load.columnTypes, [.number, .text])
        XCTAssertTrue(load.table[1, 0].isEqual(to: .missing))
        XCTAssertTrue(load.table[2, 1].isEqual(to: .text("z")))
        XCTAssertTrue(load.skipped.isEmpty)
    }

    func testRaggedRowsAreSkippedAndReported() throws {
        let load = try load("a,b,c,d\n1,2,3,4\n1,2,3,4,5\n1,2\n5,6,7,8\n", name: "people.csv")
        XCTAssertEqual(load.rowsRead, 2)
        XCTAssertEqual(load.skippedCount, 2)
        XCTAssertEqual(load.skipped.map(\.line), [3, 4])
        XCTAssertTrue(load.skipped[0].description.hasPrefix("people.csv:3: row has 5 fields, header has 4"))
        XCTAssertTrue(load.skipped[1].message.contains("row has 2 fields, header has 4"))
        XCTAssertTrue(load.table[1, 0].isEqual(to: .number(5)))
    }

    func testUnterminatedQuoteSkipsRecordAndCarriesOn() throws {
        let load = try load("a,b,c\n1,2,3\n4,5,\"oops\n7,8,9\n", name: "people.csv")
        XCTAssertEqual(load.skipped.first?.description, "people.csv:3:3: unterminated quoted field: row skipped")
        XCTAssertEqual(load.rowsRead, 2)
        XCTAssertTrue(load.table[1, 2].isEqual(to: .number(9)))
    }

    func testTextAfterClosingQuoteIsMalformed() throws {
        let load = try load("a,b\n\"x\"y,2\n3,4\n")
        XCTAssertEqual(load.skipped.map(\.line), [2])
        XCTAssertEqual(load.skipped.first?.column, 1)
        XCTAssertEqual(load.rowsRead, 1)
    }

    func testLineNumbersCountLineBreaksInsideQuotes() throws {
        let load = try load("a,b\n\"multi\nline\",1\nbad\n")
        XCTAssertEqual(load.skipped.map(\.line), [4])
    }

    func testFileErrors() {
        XCTAssertEqual(error([])?.message, "t.csv is empty: no header row")
        XCTAssertEqual(error(Array("\u{FEFF}\n\n".utf8))?.message, "t.csv is empty: no header row")
        XCTAssertTrue(error([0x61, 0x00, 0x62])?.message.contains("binary") == true)
        let latin1: [UInt8] = Array("a,b\n1,2\nx,caf".utf8) + [0xE9] + [10]
        let d = error(latin1)
        XCTAssertEqual(d?.message, "t.csv is not UTF-8 text: byte 0xE9 on line 3 (save it as CSV UTF-8)")
        XCTAssertEqual(d?.file, "t.csv")
        XCTAssertEqual(d?.range?.start, SourceLocation(line: 3, column: 6))
    }

    func testReadFromDiskAndPathErrors() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csvtest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("x.csv").path
        try "a,b\n1,2\n".write(toFile: file, atomically: true, encoding: .utf8)
        let load = try CSVReader.read(path: file).get()
        XCTAssertEqual(load.fileSize, 8)
        XCTAssertEqual(load.table.origin, file)
        guard case let .failure(missing) = CSVReader.read(path: dir.path + "/nope.csv"),
              case let .failure(directory) = CSVReader.read(path: dir.path) else { return XCTFail() }
        XCTAssertEqual(missing.message, "no such file: \(dir.path)/nope.csv")
        XCTAssertEqual(directory.message, "\(dir.path) is a directory, not a CSV file")
    }

    func testRepeatedTextIsInterned() throws {
        let t = try load("g\nA\nB\nA\nA\n").table
        guard case let .text(codes, dictionary) = t.columns[0].storage else { return XCTFail() }
        XCTAssertEqual(dictionary, ["A", "B"])
        XCTAssertEqual(codes, [0, 1, 0, 0])
    }

    func testDecimalsAreCorrectlyRounded() throws {
        let t = try load("x\n0.1\n123456789.123456789\n-2.675\n\"12,345.6\"\n").table
        XCTAssertEqual(t.columns[0].type, .number)
        for (i, expected) in [0.1, 123456789.123456789, -2.675, 12345.6].enumerated() {
            XCTAssertTrue(t[i, 0].isEqual(to: .number(expected)), "row \(i)")
        }
    }
}

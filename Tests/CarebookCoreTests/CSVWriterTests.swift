import XCTest
@testable import CarebookCore

final class CSVWriterTests: XCTestCase {
    private func table() -> Table {
        Table(columns: [
            Column.build(name: "name", type: .text, values: [.text("Smith, J"), .text("said \"hi\""), .missing, .text(" pad")]),
            Column(name: "n", storage: .numbers([1234, -3.5, 0.00001, .nan], percent: false)),
            Column(name: "share", storage: .numbers([0.121, 0.72, 1, .nan], percent: true)),
            Column(name: "cost", storage: .money([371_200, -500, 5, Column.missingInteger])),
            Column(name: "start", storage: .dates([17347, 0, Column.missingInteger, 1])),
            Column(name: "ok", storage: .bools([true, false, nil, true])),
        ])
    }

    func testWritesQuotedRoundTrippableText() {
        let expected = #"""
        name,n,share,cost,start,ok
        "Smith, J",1234,12.1%,£3712.00,2017-06-30,true
        "said ""hi""",-3.5,72%,-£5.00,1970-01-01,false
        ,0.00001,100%,£0.05,,
        " pad",,,,1970-01-02,true

        """#
        XCTAssertEqual(CSVWriter.write(table()), expected)
    }

    func testReadingBackGivesSameTypesAndValues() throws {
        let original = table()
        let load = try CSVReader.parse(bytes: Array(CSVWriter.write(original).utf8), name: "round.csv").get()
        XCTAssertEqual(load.columnTypes, original.columns.map(\.type))
        for r in 0..<original.rowCount {
            for c in 0..<original.columns.count {
                XCTAssertTrue(load.table[r, c].isEqual(to: original[r, c]), "row \(r) col \(c): \(load.table[r, c])")
            }
        }
    }

    func testDecimalText() {
        XCTAssertEqual(NumberText.plain(1e-5), "0.00001")
        XCTAssertEqual(NumberText.plain(1.5e20), "150000000000000000000")
        XCTAssertEqual(NumberText.plain(0.121, shift: 2), "12.1")
        XCTAssertEqual(NumberText.plain(12.0), "12")
        XCTAssertEqual(NumberText.plain(-0.5), "-0.5")
        XCTAssertEqual(NumberText.plain(0.1 + 0.2), "0.30000000000000004")
    }
}

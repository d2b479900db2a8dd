import XCTest
@testable import CarebookRender

final class TableRendererTests: XCTestCase {
    private func bands() -> Table {
        Table(columns: [
            Column.build(name: "age_band", type: .text, values: [.text("Under 1"), .text("1–4"), .missing]),
            Column(name: "children", storage: .numbers([34, 70, 1234], percent: false)),
            Column(name: "share", storage: .numbers([0.065, 0.134, .nan], percent: true)),
            Column(name: "start", storage: .dates([17347, Column.missingInteger, 0])),
        ])
    }

    func testBox() {
        let expected = """
         age band │ children │ share │ start
        ──────────┼──────────┼───────┼────────────
         Under 1  │       34 │  6.5% │ 2017-06-30
         1–4      │       70 │ 13.4% │
                  │    1,234 │       │ 1970-01-01
        """
        XCTAssertEqual(TableRenderer.render(bands()), expected)
    }

    func testADirectionOfTravelKeyIsPrintedWhileItsColumnIsThere() {
        let dot = Column.build(name: "dot", type: .text, values: [.text("↑"), .text("→")])
        var t = Table(columns: [Column(name: "value", storage: .numbers([1, 2], percent: false)), dot])
        t.keys = [.directionOfTravel(name: "dot")]
        let legend = SymbolKey.directionOfTravel(name: "dot").legend
        XCTAssertTrue(legend.contains("read with polarity") && legend.contains("↑ better") && legend.contains("↓ worse"))
        XCTAssertEqual(TableRenderer.render(t).split(separator: "\n").last.map(String.init), legend)
        XCTAssertTrue(TableRenderer.render(t, options: RenderOptions(mode: .markdown)).hasSuffix("|\n\n" + legend))
        XCTAssertFalse(TableRenderer.render(t, options: RenderOptions(mode: .csv)).contains("polarity"), "CSV is data only")
        XCTAssertEqual(t.gathering([1]).legends, [legend], "kept when rows are picked")
        XCTAssertEqual(t.selecting([0]).legends, [], "left out once the column is gone")
    }

    func testColorOnlyWhenAsked() {
        XCTAssertFalse(TableRenderer.render(bands()).contains("\u{1B}"))
        let colored = TableRenderer.render(bands(), options: RenderOptions(color: true))
        XCTAssertTrue(colored.hasPrefix("\u{1B}[1m age band"))
    }

    func testEmptyTable() {
        let expected = """
         age band │ children │ share │ start
        ──────────┼──────────┼───────┼───────
        (no rows)
        """
        XCTAssertEqual(TableRenderer.render(bands().head(0)), expected)
    }

    func testDropsColumnsToFitWidth() {
        let expected = """
         age band │ children
        ──────────┼──────────
         Under 1  │       34
         1–4      │       70
                  │    1,234
        … 2 more columns not shown
          (share, start): use
          select, or :mode csv
        """
        // The note wrapped to 26 (28 less the indent of its continuations): "… 2 more columns not shown" is 26,
        // "(share, start): use select," would be 27.
        XCTAssertEqual(TableRenderer.render(bands(), options: RenderOptions(maxWidth: 28)), expected)
    }

    func testTruncatesLongTextWhenWidthLimited() {
        let long = String(repeating: "x", count: 60)
        let t = Table(columns: [Column.build(name: "note", type: .text, values: [.text(long)])])
        let lines = TableRenderer.render(t, options: RenderOptions(maxWidth: 100)).split(separator: "\n")
        XCTAssertEqual(lines[2], " " + String(repeating: "x", count: 39) + "…")
        let narrow = TableRenderer.render(t, options: RenderOptions(maxWidth: 12)).split(separator: "\n")
        XCTAssertEqual(narrow[2], " xxxxxxxxx…")
    }

    func testElidesMiddleRows() {
        let t = Table(columns: [Column(name: "n", storage: .numbers((1...5000).map(Double.init), percent: false))])
        let expected = """
             n
        ───────
             1
             2
             …
         4,999
         5,000
        … 4,996 more rows not shown (5,000 in all): use top N, or :mode csv
        """
        XCTAssertEqual(TableRenderer.render(t, options: RenderOptions(maxRows: 5)), expected)
    }

    func testUnicodeWidthAlignment() {
        let t = Table(columns: [
            Column.build(name: "name", type: .text, values: [.text("日本"), .text("e\u{301}"), .text("ab")]),
            Column(name: "n", storage: .numbers([1, 2, 3], percent: false)),
        ])
        let expected = """
         name │ n
        ──────┼───
         日本 │ 1
         é    │ 2
         ab   │ 3
        """
        XCTAssertEqual(TableRenderer.render(t), expected)
    }

    func testMarkdown() {
        let t = Table(columns: [
            Column.build(name: "age_band", type: .text, values: [.text("a|b"), .missing]),
            Column(name: "cost", storage: .money([371_250, 500])),
        ])
        let expected = """
        | age band |      cost |
        | :------- | --------: |
        | a\\|b     | £3,712.50 |
        |          |        £5 |
        """
        XCTAssertEqual(TableRenderer.render(t, options: RenderOptions(mode: .markdown)), expected)
    }

    func testCSVModeShowsEveryRow() {
        let out = TableRenderer.render(bands(), options: RenderOptions(mode: .csv, maxWidth: 10, maxRows: 1))
        XCTAssertEqual(out, "age_band,children,share,start\nUnder 1,34,6.5%,2017-06-30\n1–4,70,13.4%,\n,1234,,1970-01-01\n")
    }

    func testTableValueThroughFormatter() {
        XCTAssertEqual(ValueFormatter.text(.table(bands()), options: RenderOptions(mode: .csv)), CSVWriter.write(bands()))
    }
}

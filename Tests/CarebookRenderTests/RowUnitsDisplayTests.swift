import XCTest
import CarebookCore
@testable import CarebookRender

/// A scorecard's number cells shown as their row's unit reads, in the terminal, Markdown, notebooks and publishing.
final class RowUnitsDisplayTests: XCTestCase {
    /// Three rows as a scorecard holds them: a count, a percentage in points (1 ÷ 7 × 100 = 14.2857…), a rate;
    /// the count has no year to date, the percentage has none worked out (empty: `–`).
    let table: Table = {
        var t = Table(columns: [
            Column(name: "id", storage: .text(codes: [0, 1, 2], dictionary: ["6.1", "8.2", "6.2"])),
            Column(name: "Mar-17", storage: .numbers([6, 1.0 / 7 * 100, 6.0 / 56356 * 10000], percent: false)),
            Column(name: "ytd", storage: .numbers([.nan, .nan, 1234.5], percent: false)),
        ])
        t.rowUnits = RowUnits(units: [.count, .percent, .ratePer10000],
                              columns: ["Mar-17": [true, true, true], "ytd": [false, true, true]])
        return t
    }()

    func testCellsReadInTheirRowsUnit() {
        XCTAssertEqual((0..<3).map { table.shownCell(row: $0, column: 1) }, ["6", "14.3%", "1.1"])
        // No year to date for a count measure: blank; a year to date with no value: `–`.
        XCTAssertEqual((0..<3).map { table.shownCell(row: $0, column: 2) }, ["", "–", "1,234.5"])
    }

    func testTerminalTableLeftAlignsTheMixedSpellings() {
        XCTAssertEqual(TableRenderer.render(table), """
             id  │ Mar-17 │ ytd
            ─────┼────────┼─────────
             6.1 │ 6      │
             8.2 │ 14.3%  │ –
             6.2 │ 1.1    │ 1,234.5
            """)
    }

    func testWithoutUnitsTheSameNumbersArePlain() {
        var plain = table
        plain.rowUnits = nil
        XCTAssertEqual((0..<3).map { plain.shownCell(row: $0, column: 1) }, ["6", "14.29", "1.06"])
    }

    func testMarkdownAndNotebookCellsMatchTheTerminal() {
        XCTAssertTrue(TableRenderer.markdown(table).contains("| 8.2 | 14.3%  | –       |"), TableRenderer.markdown(table))
        XCTAssertEqual(NotebookTable(table).rows.map { $0[1] }, ["6", "14.3%", "1.1"])
    }

    func testPublishingDoesNotReadAScorecardMonthAsCounts() {
        // 6 would be a small count in a column of counts; in a column of mixed units it is left as it is.
        let published = Suppression(threshold: 10).apply(to: table)
        if case let .number(x) = published[0, 1] { XCTAssertEqual(x, 6) } else { XCTFail("\(published[0, 1])") }
    }
}

import XCTest
@testable import CarebookCore
@testable import CarebookRender

/// Notes and keys under tables, records and charts wrap to the terminal's width (continuations
/// indented by two), and stay whole lines when the width is not limited (scripts, recordings).
final class NoteWrappingTests: XCTestCase {
    private let legend = SymbolKey.directionOfTravel(name: "dot").legend

    private func dotTable() -> Table {
        var t = Table(columns: [Column(name: "id", storage: .text(codes: [0], dictionary: ["8.2"])),
                                Column(name: "dot", storage: .text(codes: [0], dictionary: ["↑"]))], rowCount: 1)
        t.keys = [.directionOfTravel(name: "dot")]
        return t
    }

    /// The lines after the table's two rows of header and one of cells, joined back with spaces.
    private func rejoined(_ lines: [Substring]) -> String {
        lines.map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : String($0) }.joined(separator: " ")
    }

    func testATablesKeyWrapsToTheWidth() {
        let text = TableRenderer.render(dotTable(), options: RenderOptions(maxWidth: 50))
        let lines = text.split(separator: "\n")
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of(String($0)) <= 50 }, text)
        XCTAssertEqual(rejoined(Array(lines.dropFirst(3))), legend)
        XCTAssertGreaterThan(lines.count, 4)                      // the 110-character key takes three lines
        // Unlimited: the key is one line, as recordings have it.
        XCTAssertEqual(TableRenderer.render(dotTable()).split(separator: "\n").last.map(String.init), legend)
    }

    func testARecordsKeyWrapsToTheWidth() {
        let record = Record(title: "reading", fields: [("dot", .text("↑"))], keys: [.directionOfTravel(name: "dot")])
        let text = ValueFormatter.text(.record(record), options: RenderOptions(maxWidth: 40))
        XCTAssertTrue(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 40 }, text)
        XCTAssertEqual(rejoined(Array(text.split(separator: "\n").dropFirst(2))), legend)
    }

    func testAChartsNoteWrapsToTheWidth() {
        let data = Table(columns: [Column(name: "month", storage: .dates([17_347, 17_377])),
                                   Column(name: "lac", storage: .numbers([10, 12], percent: false))], rowCount: 2)
        let note = "3 of the 13 columns drawn: total and the largest at the end"
        let text = ChartText.render(Chart(kind: .line, title: "LAC", data: data, note: note), width: 40)
        let tail = text.split(separator: "\n").suffix(2)
        XCTAssertEqual(rejoined(Array(tail)), "(" + note + ")")
        XCTAssertTrue(tail.allSatisfy { DisplayWidth.of(String($0)) <= 40 }, text)
    }

    /// A line that fits is left as it is (two spaces stay two); a longer one wraps at word boundaries.
    func testALineThatFitsIsLeftAlone() {
        let greeting = "carebook 0.1.0: children's social care in numbers.  :help for help, :quit to leave"
        XCTAssertEqual(TextLayout.lines(greeting, width: 120), [greeting])
        XCTAssertEqual(TextLayout.lines(greeting, width: 70),
                       ["carebook 0.1.0: children's social care in numbers. :help for help,", "  :quit to leave"])
    }

    /// A key whose column was left out to fit the width is not printed (there is no `dot` to read it by).
    func testAKeyForAColumnNotShownIsLeftOut() {
        var t = Table(columns: [Column(name: "id", storage: .text(codes: [0], dictionary: ["8.2"])),
                                Column(name: "indicator", storage: .text(codes: [0], dictionary: [String(repeating: "x", count: 30)])),
                                Column(name: "dot", storage: .text(codes: [0], dictionary: ["↑"]))], rowCount: 1)
        t.keys = [.directionOfTravel(name: "dot")]
        let text = TableRenderer.render(t, options: RenderOptions(maxWidth: 40))
        XCTAssertTrue(text.contains("… 1 more column not shown (dot)"), text)
        XCTAssertFalse(text.contains("direction since the month before"), text)
    }
}

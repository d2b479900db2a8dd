import XCTest
@testable import CarebookRender

/// A table inside a record (a plan's children) is indented under its field name and must still fit.
final class RecordWidthTests: XCTestCase {
    func testANestedTableFitsTheTerminalAfterItsIndent() {
        let columns = (1...12).map { Column(name: "column_\($0)", storage: .numbers([1_234_567, 7_654_321], percent: false)) }
        let plan = Record(title: "plan", fields: [("children", .table(Table(columns: columns, rowCount: 2))),
                                                  ("weeks", .number(52))])
        for width in [40, 60, 100] {
            let text = ValueFormatter.text(.record(plan), options: RenderOptions(maxWidth: width))
            let lines = text.split(separator: "\n").map(String.init)
            // The table is drawn (boxed, under "  children:") and left out columns are named in the note.
            XCTAssertTrue(lines.contains("  children:"), text)
            XCTAssertTrue(text.contains("more columns not shown"), text)
            for line in lines where !line.contains("not shown") {
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "at \(width): \(line)")
            }
        }
    }

    /// A long text field (a plan's rounding rule) wraps at spaces within the width, continued under its name.
    func testALongTextFieldWrapsWithinTheWidth() {
        let rule = "exact pence × success × weeks (days ÷ 7, move date counted), rounded once per figure, half to even"
        let plan = Record(title: "plan", fields: [("rounding", .text(rule)), ("weeks", .number(52))])
        XCTAssertEqual(ValueFormatter.text(.record(plan), options: RenderOptions(maxWidth: 60)), """
            plan
              rounding: exact pence × success × weeks (days ÷ 7, move
                date counted), rounded once per figure, half to even
              weeks: 52
            """)
        // Unlimited (scripts, recordings): one line, as before.
        XCTAssertEqual(ValueFormatter.text(.record(plan)), "plan\n  rounding: " + rule + "\n  weeks: 52")
    }
}

import XCTest
import CarebookCore
@testable import CarebookRender

/// Reports carry the direction-of-travel key under a table or record that has a `dot`, as the terminal does.
final class NotebookLegendTests: XCTestCase {
    let legend = SymbolKey.directionOfTravel(name: "dot").legend

    func dotTable() -> Table {
        var t = Table(columns: [Column(name: "value", storage: .numbers([1, 2], percent: false)),
                                Column.build(name: "dot", type: .text, values: [.text("↑"), .text("→")])])
        t.keys = [.directionOfTravel(name: "dot")]
        return t
    }

    func testTablesInBothReportsEndWithTheKey() {
        XCTAssertTrue(MarkdownNotebookRenderer.table(dotTable()).hasSuffix("\n\n*" + legend + "*"))
        XCTAssertTrue(HTMLNotebookRenderer.table(dotTable()).hasSuffix("<p class=\"table-note\">" + HTMLText.escape(legend) + "</p>"))
        XCTAssertFalse(HTMLNotebookRenderer.table(dotTable().selecting([0])).contains("polarity"), "no dot, no key")
    }

    func testRecordsInBothReportsEndWithTheKey() {
        let r = Record(title: "8.2", fields: [("value", .number(1)), ("dot", .text("↓"))], keys: [.directionOfTravel(name: "dot")])
        XCTAssertTrue(MarkdownNotebookRenderer.record(r).hasSuffix("\n\n*" + legend + "*"))
        XCTAssertTrue(HTMLNotebookRenderer.record(r).contains("<p class=\"table-note\">" + HTMLText.escape(legend) + "</p>\n</div>"))
        XCTAssertEqual(ValueFormatter.text(.record(r)).split(separator: "\n").last.map(String.init), legend)
    }
}

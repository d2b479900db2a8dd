import XCTest
@testable import CarebookRender

/// `IdentifierScreen`: identifier columns go, identifier text is withheld, counts stay.
final class IdentifierScreenTests: XCTestCase {
    let screen = IdentifierScreen(identifiers: ["QZ701K", "QZ702K", "1002"])

    func text(_ name: String, _ cells: [String], identifier: Bool = false) -> Column {
        var b = TextColumnBuilder()
        for c in cells { b.append(c) }
        return Column(name: name, storage: b.storage, identifier: identifier)
    }

    func testTablesLoseIdentifierColumnsWhateverTheirName() {
        let t = Table(columns: [
            Column(name: "pupil", storage: .numbers([1002, 1003], percent: false), identifier: true),
            text("note", ["id QZ701K", "fine"]),          // not flagged, but a cell names a child
            text("group", ["A", "B"]),
            Column(name: "children", storage: .numbers([3, 12], percent: false)),
        ])
        guard case let .table(out) = screen.apply(to: .table(t)) else { return XCTFail() }
        XCTAssertEqual(out.columnNames, ["group", "children"])
        let onlyIDs = Table(columns: [text("x", ["QZ701K"], identifier: true)])
        guard case let .text(note) = screen.apply(to: .table(onlyIDs)) else { return XCTFail() }
        XCTAssertEqual(note, IdentifierScreen.withheld)
    }

    func testTextKeepsItsWordsButNotTheIDs() {
        XCTAssertEqual(screen.screen("children counted (2):\n  QZ701K QZ702K"), "children counted (2):\n  [child IDs withheld]")
        XCTAssertEqual(screen.screen("QZ701K, QZ702K and 3 others"), "[child IDs withheld] and 3 others")
        XCTAssertEqual(screen.screen("from QZ701K to QZ702K"), "from [child IDs withheld] to [child IDs withheld]")
        XCTAssertEqual(screen.screen("loaded 1002 rows"), "loaded [child IDs withheld] rows", "an ID as a word, even a number")
        XCTAssertEqual(screen.screen("xQZ701K and 10021 and 1003"), "[child IDs withheld] and [child IDs withheld] and 1003",
                       "an ID inside a word (\"x\" + child) withholds the word")
        XCTAssertEqual(screen.screen("  QZ702K "), IdentifierScreen.withheld)
    }

    func testListsAndChartsOfIDsAreWithheldWhole() {
        XCTAssertEqual(screen.apply(to: .list([.text("QZ701K"), .text("QZ702K")])).brief, Value.text(IdentifierScreen.withheld).brief)
        XCTAssertEqual(screen.apply(to: .list([.text("A"), .number(3)])).brief, Value.list([.text("A"), .number(3)]).brief)
        let data = Table(columns: [text("child", ["QZ701K", "QZ702K"], identifier: true),
                                   Column(name: "n", storage: .numbers([1, 1], percent: false))])
        let chart = Chart(kind: .bar, title: "", data: data)
        guard case let .text(note) = screen.apply(to: .chart(chart)) else { return XCTFail("a chart labelled by child") }
        XCTAssertTrue(note.hasPrefix(IdentifierScreen.withheld))
    }

    func testRecordsAreScreenedFieldByField() {
        let plan = Record(title: "plan", fields: [
            ("summary", .text("2 children")),
            ("children", .table(Table(columns: [text("child", ["QZ701K"], identifier: true), text("to", ["In-house"])]))),
        ])
        guard case let .record(out) = screen.apply(to: .record(plan)), case let .table(children)? = out["children"] else {
            return XCTFail()
        }
        XCTAssertEqual(children.columnNames, ["to"])
        XCTAssertEqual(out["summary"]?.brief, Value.text("2 children").brief)
    }
}

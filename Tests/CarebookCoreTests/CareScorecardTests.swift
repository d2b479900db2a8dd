import XCTest
@testable import CarebookCore

/// The month-by-month scorecard on the main fixture, February–March 2017, and RAG/DOT over a published series.
///
/// By hand (see CareIndicatorTests): 6.1 is 7 on 28/02/2017 and 6 on 31/03/2017 (↓, information);
/// 8.2 is 1 of 7 = 14.3% in February (1002; 1009 has 2 placements in 01/03/2016–28/02/2017) and 16.7% in
/// March: worse for a low-is-good measure (↓), Red; 6.4 is 2 in February (1010, 1011), 1 in March (1009),
/// 5 in the year to date; 6.5 is 1 of 2 = 50.0% (adoption) in February and 1 of 1 = 100.0% (SGO) in March (↑),
/// Green, year to date 60.0%; 6.3 is 0 both months (→), 2 in the year.
final class CareScorecardTests: XCTestCase {
    let data = CareFixtures.main()
    let catalogue = IndicatorCatalogue.standard

    func testScorecardMonthByMonth() throws {
        let card = catalogue.scorecard(from: CareFixtures.day("01/02/2017"), to: CareFixtures.day("31/03/2017"), data: data)
        XCTAssertEqual(card.monthEnds, ["28/02/2017", "31/03/2017"].map(CareFixtures.day))
        let t = card.table
        XCTAssertEqual(t.columnNames, ["id", "indicator", "good", "Feb-17", "Mar-17", "ytd", "dot", "rag",
                                        "red", "amber", "green", "unit"])
        func row(_ id: String) -> [String: Value] {
            CareFixtures.rows(t).first { $0["id"]?.text == id }!
        }
        // Months and the year to date are numbers in the row's unit, percentages in points; none is empty.
        func numbers(_ id: String) -> [Double?] {
            let r = row(id)
            return ["Feb-17", "Mar-17", "ytd"].map { if case let .number(x)? = r[$0] { x } else { nil } }
        }
        func marks(_ id: String) -> [String?] { ["unit", "dot", "rag"].map { row(id)[$0]?.text } }
        XCTAssertEqual(numbers("6.1"), [7, 6, nil])
        XCTAssertEqual(marks("6.1"), ["count", "↓", nil])
        XCTAssertEqual(numbers("8.2"), [1.0 / 7 * 100, 1.0 / 6 * 100, nil])
        XCTAssertEqual(marks("8.2"), ["percent", "↓", "Red"])
        XCTAssertEqual(numbers("6.3"), [0, 0, 2])
        XCTAssertEqual(marks("6.3"), ["count", "→", nil])
        XCTAssertEqual(numbers("6.4"), [2, 1, 5])
        XCTAssertEqual(numbers("6.5"), [50, 100, 3.0 / 5 * 100])
        XCTAssertEqual(marks("6.5"), ["percent", "↑", "Green"])
        for name in ["Feb-17", "Mar-17", "ytd"] { XCTAssertEqual(t.column(named: name)?.type, .number, name) }
        // The display is told each row's unit, and that a year to date applies only to financial-year measures.
        let units = try XCTUnwrap(t.rowUnits)
        let r61 = try XCTUnwrap(CareFixtures.rows(t).firstIndex { $0["id"]?.text == "6.1" })
        let r65 = try XCTUnwrap(CareFixtures.rows(t).firstIndex { $0["id"]?.text == "6.5" })
        XCTAssertEqual(units.unit(row: r65, column: "Mar-17"), .percent)
        XCTAssertEqual(units.unit(row: r65, column: "ytd"), .percent)
        XCTAssertEqual(units.unit(row: r61, column: "Mar-17"), .count)
        XCTAssertNil(units.unit(row: r61, column: "ytd"))
        XCTAssertNil(units.unit(row: r61, column: "dot"))
        // Picking rows and columns keeps the units with their rows.
        let picked = t.gathering([r65, r61]).selecting([0, 4])
        XCTAssertEqual(picked.rowUnits?.unit(row: 0, column: "Mar-17"), .percent)
        XCTAssertEqual(picked.rowUnits?.unit(row: 1, column: "Mar-17"), .count)
        // A column replaced under the same name is no longer in its rows' units.
        let replaced = t.setting(Column(name: "Mar-17", storage: .numbers(Array(repeating: 1, count: t.rowCount), percent: false)))
        XCTAssertNil(replaced.rowUnits?.unit(row: r65, column: "Mar-17"))
        // The red, amber and green columns are the bands of values each colour covers (red 12%, amber 12%, green 9.6%).
        XCTAssertEqual(row("8.2")["red"]?.text, "12.0% or more")
        XCTAssertEqual(row("8.2")["amber"]?.text, "9.6% to under 12.0%")
        XCTAssertEqual(row("8.2")["green"]?.text, "below 9.6%")
        XCTAssertEqual(row("8.2")["good"]?.text, "Low")
        XCTAssertEqual(card.rows.first { $0.id == "6.5" }?.yearToDate.map(NumberText.indicator), "3 of 5, 60.0%")
    }

    func testAScorecardOfOneMonthStillReadsTheDirectionFromTheMonthBefore() {
        let card = catalogue.scorecard(from: CareFixtures.day("01/03/2017"), to: CareFixtures.day("31/03/2017"), data: data)
        XCTAssertEqual(card.rows.first { $0.id == "6.1" }?.direction, .decreased)
        XCTAssertEqual(card.rows.first { $0.id == "6.1" }?.months.count, 1)
    }

    func testAMidMonthEndIsTheAsAtDay() {
        let card = catalogue.scorecard(from: CareFixtures.day("01/03/2017"), to: CareFixtures.day("14/03/2017"), data: data)
        XCTAssertEqual(card.monthEnds, [CareFixtures.day("14/03/2017")])
        XCTAssertEqual(card.rows.first { $0.id == "6.1" }?.months.first.map(NumberText.indicator), "7")
    }

    func testRAGAndDirectionOverAPublishedSeries() throws {
        // The seeds' June 2017 scorecard: 8.2 11.6% → 12.7% → 12.1% (amber, red ↓, red ↑);
        // 6.5 16.7% → 37.5% (red, green ↑); 6.1 504 → 522 (↑, no RAG).
        let series = SimpleCSV.table("""
            indicator,month,value
            8.2,Apr-17,11.6%
            8.2,May-17,12.7%
            8.2,Jun-17,12.1%
            6.5,2017-06,37.5
            6.5,May 2017,16.7%
            6.1,31/05/2017,504
            6.1,Jun-17,522
            """, origin: "published.csv")
        let t = try catalogue.rateSeries(series).get()
        let rows = CareFixtures.rows(t)
        XCTAssertEqual(rows.compactMap { $0["indicator"]?.text }, ["6.1", "6.1", "6.5", "6.5", "8.2", "8.2", "8.2"])
        XCTAssertEqual(rows.map { $0["rag"]?.text }, [nil, nil, "Red", "Green", "Amber", "Red", "Red"])
        XCTAssertEqual(rows.map { $0["dot"]?.text }, [nil, "↑", nil, "↑", nil, "↓", "↑"])
        XCTAssertEqual(rows[3]["value"]?.number ?? 0, 0.375, accuracy: 1e-12)
        XCTAssertEqual(rows[2]["month"]?.day, CareFixtures.day("31/05/2017"))
        let bad = SimpleCSV.table("indicator,month,value\n8.2,Smarch-17,1%\n", origin: "p.csv")
        guard case let .failure(d) = catalogue.rateSeries(bad) else { return XCTFail() }
        XCTAssertEqual(d.message, "`Smarch-17` is not a month")
        XCTAssertEqual(d.range?.start.line, 2)
    }
}

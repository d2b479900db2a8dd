import XCTest
@testable import CarebookCore
@testable import CarebookRender

/// An indicator reading as published: its title without figures (which are in its fields), its value `c`
/// when worked out from a small count. Unpublished, the title gives the value in words.
final class SuppressionIndicatorTests: XCTestCase {
    private func reading(_ numerator: Double, of denominator: Double) -> IndicatorReading {
        let day = Day(year: 2017, month: 6, day: 30)!
        let result = IndicatorResult(id: "8.5", name: "% in a commissioned placement", unit: .percent,
                                     window: DayRange(from: day, to: day), numerator: numerator, denominator: denominator,
                                     value: numerator / denominator, children: [], rag: nil)
        return IndicatorReading(result: result, direction: nil)
    }

    func testUnpublishedTheTitleGivesTheValueInWords() {
        // 4 ÷ 6 = 0.6667 → 66.7%.
        XCTAssertEqual(reading(4, of: 6).title, "8.5 % in a commissioned placement: 4 of 6, 66.7%")
        XCTAssertEqual(ValueFormatter.text(.indicator(reading(4, of: 6))).split(separator: "\n").first,
                       "8.5 % in a commissioned placement: 4 of 6, 66.7%")
    }

    func testASmallNumeratorHidesTheValueAndTheTitlesFigures() {
        guard case let .record(r) = Suppression().apply(to: .indicator(reading(4, of: 6))) else { return XCTFail("not a record") }
        XCTAssertEqual(r.title, "8.5 % in a commissioned placement")
        XCTAssertEqual(ValueFormatter.cell(r["numerator"]!), "c")       // 4 < 5
        XCTAssertEqual(ValueFormatter.cell(r["denominator"]!), "6")
        XCTAssertEqual(ValueFormatter.cell(r["value"]!), "c")           // 66.7% is 4 of 6: worked out from a suppressed count
    }

    func testLargeCountsKeepARoundedValue() {
        guard case let .record(r) = Suppression().apply(to: .indicator(reading(63, of: 522))) else { return XCTFail("not a record") }
        XCTAssertEqual(r.title, "8.5 % in a commissioned placement")   // no "12.1%" beside the rounded field
        XCTAssertEqual(ValueFormatter.cell(r["numerator"]!), "63")
        XCTAssertEqual(ValueFormatter.text(r["value"]!), "12%")         // 63 ÷ 522 = 12.07% → 12%
    }
}

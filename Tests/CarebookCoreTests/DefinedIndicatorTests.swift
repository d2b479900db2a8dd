import XCTest
@testable import CarebookCore

/// Indicators defined in the language: within-limits rating and bands, the periods' days, and the
/// membership test that evaluates its list once per filter instead of once per row.
final class DefinedIndicatorTests: XCTestCase {
    let one: (Double) -> String = { String(format: "%.1f", $0) }

    func testWithinLimitsRatesInsideGreenThenAmberThenRed() {
        // 11.4: green 14–20, amber 13.86–20.2 (1% either side), red outside.
        let t = Thresholds.limits(green: (14, 20), amber: (13.86, 20.2))
        XCTAssertEqual(RAG.rate(value: 14, thresholds: t, polarity: .withinLimits), .green)
        XCTAssertEqual(RAG.rate(value: 20, thresholds: t, polarity: .withinLimits), .green)
        XCTAssertEqual(RAG.rate(value: 20.1, thresholds: t, polarity: .withinLimits), .amber)
        XCTAssertEqual(RAG.rate(value: 13.9, thresholds: t, polarity: .withinLimits), .amber)
        XCTAssertEqual(RAG.rate(value: 20.3, thresholds: t, polarity: .withinLimits), .red)
        XCTAssertEqual(RAG.rate(value: 10.7, thresholds: t, polarity: .withinLimits), .red)
        let b = t.bands(.withinLimits, one)
        XCTAssertEqual(b.green, "14.0 to 20.0")
        XCTAssertEqual(b.amber, "13.9 to 20.2 outside green")
        XCTAssertEqual(b.red, "below 13.9 or above 20.2")
    }

    func testWithinLimitsWithoutAmberIsRedOutsideGreen() {
        let t = Thresholds.limits(green: (14, 20))
        XCTAssertEqual(RAG.rate(value: 20.01, thresholds: t, polarity: .withinLimits), .red)
        XCTAssertEqual(t.bands(.withinLimits, one).amber, nil)
        XCTAssertEqual(t.bands(.withinLimits, one).red, "below 14.0 or above 20.0")
        // Direction of travel reads as up or down, as for information measures.
        XCTAssertEqual(DirectionOfTravel.read(previous: 11.7, current: 10.7, polarity: .withinLimits), .decreased)
    }

    func testPeriodsGiveTheDaysTheExpressionsSee() {
        let june = DayRange(from: Day.civil(2017, 6, 30), to: Day.civil(2017, 6, 30))
        XCTAssertEqual(IndicatorPeriod.monthEnd.days(june), DayRange(from: Day.civil(2017, 6, 1), to: Day.civil(2017, 6, 30)))
        XCTAssertEqual(IndicatorPeriod.rollingYear.days(june), DayRange(from: Day.civil(2016, 7, 1), to: Day.civil(2017, 6, 30)))
        let ytd = DayRange.yearToDate(Day.civil(2017, 6, 30))
        XCTAssertEqual(IndicatorPeriod.yearToDate.days(ytd), DayRange(from: Day.civil(2017, 4, 1), to: Day.civil(2017, 6, 30)))
    }

    /// `x in EXPR`, with EXPR evaluated once for the whole filter, keeps the rows the row-by-row test keeps.
    func testMembershipOfAComputedListMatchesTheRowByRowAnswer() throws {
        let interpreter = CarebookEngine.makeInterpreter(cache: .off)
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/care").path
        let script = """
            load "\(dir)/peps.csv" as peps
            ids = ["1001", "1002", "1005", "1007", "1008"]
            a = peps where child in (peps where pep_date >= 2016-11-01).child
            b = peps where child in ids and child != "1008"
            c = peps where child in (peps where pep_date >= 2016-11-01).child and pep_date < 2017-01-01
            """
        for s in Parser.parse(script).statements {
            if case let .failure(.diagnostic(d)) = interpreter.execute(s) { XCTFail(d.message) }
        }
        func rows(_ name: String) -> Int {
            guard case let .value(.table(t))? = interpreter.environment.lookup(name) else { return -1 }
            return t.rowCount
        }
        // PEPs from 1 Nov 2016 belong to 1001, 1002, 1005, 1007: their rows are 1001's two, 1002, 1005, 1007.
        XCTAssertEqual(rows("a"), 5)
        // Every child but 1008 of the list: all rows except 1008's one.
        XCTAssertEqual(rows("b"), 5)
        // Of those five, dated before 2017: 1001's of 20 Sep 2016 and 1005's of 1 Nov 2016.
        XCTAssertEqual(rows("c"), 2)
    }
}

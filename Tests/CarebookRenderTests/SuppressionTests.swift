import XCTest
@testable import CarebookRender

/// Small-number suppression on hand-worked tables (threshold 5 unless said).
final class SuppressionTests: XCTestCase {
    let rules = Suppression()

    func text(_ name: String, _ cells: [String]) -> Column {
        var b = TextColumnBuilder()
        for c in cells { b.append(c) }
        return Column(name: name, storage: b.storage)
    }

    func numbers(_ name: String, _ values: [Double], percent: Bool = false) -> Column {
        Column(name: name, storage: .numbers(values, percent: percent))
    }

    /// The cells of a column as shown.
    func shown(_ table: Table, _ name: String) -> [String] {
        let c = table.column(named: name)!
        return (0..<table.rowCount).map { ValueFormatter.cell(c[$0]) }
    }

    // One count column: 12, 3, 7, 20 (total 42, taken as known).
    // Primary: 3 < 5 → c. The column then has exactly one suppressed cell, so 3 = 42 − 12 − 7 − 20;
    // secondary suppression hides the next smallest, 7. Now c + c = 10 in two ways or more.
    func testOneWayTableGetsSecondarySuppression() {
        let t = Table(columns: [text("group", ["A", "B", "C", "D"]), numbers("children", [12, 3, 7, 20])])
        XCTAssertEqual(shown(rules.apply(to: t), "children"), ["12", "c", "c", "20"])
        XCTAssertEqual(shown(rules.apply(to: t), "group"), ["A", "B", "C", "D"])
    }

    // 0, 2, 9, 15: 2 → c; zero is shown by primary suppression ("nobody" identifies no one) but is
    // the smallest cell left, so secondary suppression takes it: c + c = 2, split unknown.
    func testZeroIsShownButCanBeTheSecondaryCell() {
        XCTAssertEqual(rules.mask([[0], [2], [9], [15]]), [[true], [true], [false], [false]])
        XCTAssertEqual(rules.mask([[0], [6], [9]]), [[false], [false], [false]], "nothing small, nothing hidden")
    }

    // With a total row:   A 2 · B 6 · C 9 · Total 17.
    // 2 → c; the total row is not a part, so the column's parts are 2, 6, 9: one suppressed,
    // next smallest 6 → c. Total stays 17 (c + c = 8).
    func testTotalRowIsNotAPartAndStaysShown() {
        let t = Table(columns: [text("band", ["A", "B", "C", "Total"]), numbers("children", [2, 6, 9, 17])])
        XCTAssertEqual(shown(rules.apply(to: t), "children"), ["c", "c", "9", "17"])
    }

    // Two-way table with totals:
    //               boys  girls  total
    //   Under 10       3      8     11
    //   10 and over   12     15     27
    //   Total         15     23     38
    // Primary: 3 → c.  Column boys has one suppressed part → 12 → c.
    // Row "Under 10" has one suppressed part (3) → 8 → c.  Row "10 and over" has one (12) → 15 → c.
    // Now every row and column has two suppressed parts: fixed point. Check: with boys/Under 10 = t,
    // girls/Under 10 = 11 − t, boys/10+ = 15 − t, girls/10+ = 12 + t fits every total for t in 0…11,
    // so the 3 cannot be worked out.
    func testTwoWayTableWithTotalsReachesAFixedPoint() {
        let t = Table(columns: [text("age", ["Under 10", "10 and over", "Total"]), numbers("boys", [3, 12, 15]),
                                numbers("girls", [8, 15, 23]), numbers("total", [11, 27, 38])])
        let out = rules.apply(to: t)
        XCTAssertEqual(shown(out, "boys"), ["c", "c", "15"])
        XCTAssertEqual(shown(out, "girls"), ["c", "c", "23"])
        XCTAssertEqual(shown(out, "total"), ["11", "27", "38"])
    }

    // The same grid through `mask`, giving the total row and column by index.
    func testMaskOfTheTwoWayGrid() {
        let grid: [[Double?]] = [[3, 8, 11], [12, 15, 27], [15, 23, 38]]
        XCTAssertEqual(rules.mask(grid, totalRow: 2, totalColumn: 2),
                       [[true, true, false], [true, true, false], [false, false, false]])
    }

    // A row with a total column whose only other part is empty: parts 3 (c) and (empty), total 9.
    // No part is left to hide, so the row's total is hidden instead; otherwise 9 − (empty) would give 3 away
    // to anyone who knows the empty cell means 0.
    func testTotalIsHiddenWhenNoPartIsLeft() {
        let grid: [[Double?]] = [[3, nil, 9]]
        XCTAssertEqual(rules.mask(grid, totalColumn: 2), [[true, false, true]])
    }

    // Shares: A 12 (40.0%), B 3 (10.0%), C 15 (50.0%). B → c, secondary A → c; the shares of
    // both rows are c (a share of a suppressed count reveals it); C's share is rounded: 50%.
    func testPercentagesBesideSuppressedCountsAreSuppressedAndOthersRounded() {
        let t = Table(columns: [text("group", ["A", "B", "C"]), numbers("children", [12, 3, 15]),
                                numbers("share", [0.4, 0.1, 0.5], percent: true)])
        let out = rules.apply(to: t)
        XCTAssertEqual(shown(out, "children"), ["c", "c", "15"])
        XCTAssertEqual(shown(out, "share"), ["c", "c", "50%"])
    }

    // Rounding rule: whole percent, halves away from zero.
    func testRoundingRule() {
        XCTAssertEqual(rules.rounded(percent: 0.125), 0.13, accuracy: 1e-12)
        XCTAssertEqual(rules.rounded(percent: 0.3333), 0.33, accuracy: 1e-12)
        XCTAssertEqual(rules.rounded(percent: -0.125), -0.13, accuracy: 1e-12)
        guard case let .percent(x) = rules.apply(to: .percent(0.666)) else { return XCTFail() }
        XCTAssertEqual(x, 0.67, accuracy: 1e-12)
    }

    // Ages, years and weeks are not counts; fractional and negative numbers are not counts.
    func testOnlyCountColumnsAreSuppressed() {
        let t = Table(columns: [text("group", ["A", "B"]), numbers("age", [3, 14]), numbers("weeks_in_care", [2, 40]),
                                numbers("rate", [1.5, 2.5]), numbers("change", [-2, 3]), numbers("children", [2, 30])])
        let out = rules.apply(to: t)
        XCTAssertEqual(shown(out, "age"), ["3", "14"])
        XCTAssertEqual(shown(out, "weeks in care".replacingOccurrences(of: " ", with: "_")), ["2", "40"])
        XCTAssertEqual(shown(out, "rate"), ["1.5", "2.5"])
        XCTAssertEqual(shown(out, "change"), ["-2", "3"])
        XCTAssertEqual(shown(out, "children"), ["c", "c"])
    }

    // A 903 header's SEX (1/2) and OC2's 0/1 flags are codes: a published header keeps them.
    func testReturnCodesAreNotCounts() {
        let t = Table(columns: [text("ETHNIC", ["WBRI", "WBRI"]), numbers("SEX", [1, 2]), numbers("HEALTH_CHECK", [0, 1]),
                                numbers("SDQ_SCORE", [3, 12]), numbers("GenderCurrent", [1, 2]), numbers("children", [2, 30])])
        let out = rules.apply(to: t)
        XCTAssertEqual(shown(out, "SEX"), ["1", "2"])
        XCTAssertEqual(shown(out, "HEALTH_CHECK"), ["0", "1"])
        XCTAssertEqual(shown(out, "SDQ_SCORE"), ["3", "12"])
        XCTAssertEqual(shown(out, "GenderCurrent"), ["1", "2"])
        XCTAssertEqual(shown(out, "children"), ["c", "c"])
    }

    // A higher threshold: 7 and 9 are below 10; the column has two suppressed cells, so nothing more.
    func testConfigurableThreshold() {
        let ten = Suppression(threshold: 10)
        XCTAssertEqual(ten.mask([[7], [9], [40], [55]]), [[true], [true], [false], [false]])
        XCTAssertEqual(ten.notice.contains("below 10"), true)
    }

    func testLoneValuesRecordsAndMessages() {
        guard case .text("c") = rules.apply(to: .number(3)) else { return XCTFail("3 is small") }
        guard case .number(5) = rules.apply(to: .number(5)) else { return XCTFail("5 is shown") }
        guard case .number(2.5) = rules.apply(to: .number(2.5)) else { return XCTFail("not a count") }
        guard case .money(Money(pence: 300)) = rules.apply(to: .money(Money(pence: 300))) else { return XCTFail("money is shown") }
        let record = Record(title: "plan", fields: [("children", .number(4)), ("saving", .money(Money(pounds: 10)))])
        guard case let .record(r) = rules.apply(to: .record(record)) else { return XCTFail() }
        XCTAssertEqual(ValueFormatter.cell(r["children"]!), "c")
        XCTAssertEqual(ValueFormatter.cell(r["saving"]!), "£10")
        XCTAssertEqual(rules.apply(toMessage: "cohort ooa: 1 row as at 2017-06-30"), "cohort ooa: c row as at 2017-06-30")
        XCTAssertEqual(rules.apply(toMessage: "loaded x.csv as x: 11 rows"), "loaded x.csv as x: 11 rows")
        XCTAssertEqual(rules.apply(toMessage: "SSDA903: 3 children, 24 episodes"), "SSDA903: c children, 24 episodes")
    }

    func testChartSmallCountsBecomeGapsWithANote() throws {
        let data = Table(columns: [text("group", ["A", "B", "C"]), numbers("children", [12, 3, 40])])
        guard case let .chart(chart) = rules.apply(to: .chart(Chart(kind: .bar, title: "t", data: data))) else { return XCTFail() }
        XCTAssertEqual(chart.series[0].values, [12, nil, 40])
        XCTAssertEqual(chart.labels.map(\.brief), ["\"A\"", "\"B\"", "\"C\""], "the labels are kept")
        XCTAssertEqual(chart.note, "values below 5 suppressed")
    }

    func testIdentifierColumnsAreRemovedByKindNotName() {
        var child = text("pupil", ["1001", "1002"])
        child.isIdentifier = true
        let t = Table(columns: [child, text("Child", ["x", "y"]), numbers("age", [3, 4])])
        guard case let .table(published) = rules.apply(to: Output.value(.table(t))).valueForTest else { return XCTFail() }
        XCTAssertEqual(published.columnNames, ["Child", "age"], "the flagged column goes, whatever its name; a name alone decides nothing")
        guard case let .table(allowed) = rules.apply(to: Output.value(.table(t)), screen: nil).valueForTest else { return XCTFail() }
        XCTAssertEqual(allowed.columnNames, ["pupil", "Child", "age"], "no screen (--allow-ids): nothing withheld")
    }
}

extension Output {
    var valueForTest: Value? { if case let .value(v) = self { v } else { nil } }
}

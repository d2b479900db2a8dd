import XCTest
@testable import CarebookCore

/// The stock-flow model's stepping, scenarios and comparison, on a model built by hand.
final class MoneyProjectionTests: XCTestCase {
    let start = Day(year: 2019, month: 3, day: 31)!

    /// Two groups, all children 16+ (no ageing). Group 0: 12 children, 6 leavers and 12 admissions in the
    /// 12-month window (leaving 6 ÷ (12 × 12) = 1/24 a month, admissions 1 a month); group 1: 6 children,
    /// 3 moves to group 0 (3 ÷ (6 × 12) = 1/24 a month), no admissions.
    func model() -> StockFlowModel {
        let bands = StockFlowModel.bands, old = AgeBand.sixteenPlus.rawValue
        var initial = [Double](repeating: 0, count: 2 * bands)
        initial[old] = 12; initial[bands + old] = 6
        var admissions = [Int](repeating: 0, count: 2 * bands), leavers = admissions
        admissions[old] = 12; leavers[old] = 6
        var moves = [[Int]](repeating: [0, 0], count: 2 * bands)
        moves[bands + old][0] = 3
        return StockFlowModel(groups: ["In-house fostering", "Commissioned children's home"], start: start,
                              window: DayRange(from: Day(year: 2018, month: 4, day: 1)!, to: start), windowMonths: 12,
                              initial: initial, meanStock: initial, admissionCounts: admissions, leaverCounts: leavers, moveCounts: moves)
    }

    func testRatesAreEventsOverMeanStockAndMonths() {
        let m = model(), old = AgeBand.sixteenPlus.rawValue
        XCTAssertEqual(m.leavingRate(old), 1.0 / 24, accuracy: 1e-12)
        XCTAssertEqual(m.admissionRate(old), 1, accuracy: 1e-12)
        XCTAssertEqual(m.moveRate(StockFlowModel.bands + old, to: 0), 1.0 / 24, accuracy: 1e-12)
        XCTAssertEqual(StockFlowModel.ageingRate(band: 0), 1.0 / 12, accuracy: 1e-12)
        XCTAssertEqual(StockFlowModel.ageingRate(band: 4), 0)
        XCTAssertEqual(m.groupIndex("commissioned children's home"), 1)
    }

    /// Month 1: group 0 = 12 − 12/24 + 6/24 + 1 = 12.75; group 1 = 6 − 6/24 = 5.75.
    /// Month 2: group 0 = 12.75 − 12.75/24 + 5.75/24 + 1 = 13.4583…; group 1 = 5.75 × 23/24 = 5.5104….
    func testBaselineStepsByHand() {
        let p = model().project(months: 2)
        XCTAssertEqual(p.monthEnds.map(\.iso), ["2019-03-31", "2019-04-30", "2019-05-31"])
        XCTAssertEqual(p.byGroup(1)[0], 12.75, accuracy: 1e-9)
        XCTAssertEqual(p.byGroup(1)[1], 5.75, accuracy: 1e-9)
        XCTAssertEqual(p.byGroup(2)[0], 12.75 - 12.75 / 24 + 5.75 / 24 + 1, accuracy: 1e-9)
        XCTAssertEqual(p.byGroup(2)[1], 5.75 * 23 / 24, accuracy: 1e-9)
    }

    /// Prevention of 6 a year removes 0.5 admissions a month; a transfer of 2 from group 1 to group 0 on 15 Apr.
    func testScenarioAdjustmentsAndTransfers() {
        var s = ProjectionScenario()
        s.admissionChangePerYear = -6
        s.transfers = [.init(date: Day(year: 2019, month: 4, day: 15)!, from: "Commissioned children's home", to: "In-house fostering", count: 2)]
        let p = model().project(months: 1, scenario: s)
        // Group 0: 12 − 0.5 + 0.25 + (1 − 0.5) + 2 = 14.25; group 1: 5.75 − 2 = 3.75.
        XCTAssertEqual(p.byGroup(1)[0], 14.25, accuracy: 1e-9)
        XCTAssertEqual(p.byGroup(1)[1], 3.75, accuracy: 1e-9)
        var faster = ProjectionScenario()
        faster.leavingFactor = 2
        faster.group = "In-house fostering"
        // Group 0: 12 − 1 + 0.25 + 1 = 12.25; group 1 unchanged (it has no leavers anyway).
        XCTAssertEqual(model().project(months: 1, scenario: faster).byGroup(1)[0], 12.25, accuracy: 1e-9)
    }

    /// Costs: 12 × £525 + 6 × £3,712 = £28,572 a week at the start; April (30 days) at month 1's stock:
    /// (12.75 × 52,500 + 5.75 × 371,200) pence × 30 ÷ 7 = 2,803,775 × 30 ÷ 7 = 12,016,178.57… → £120,161.79.
    func testProjectionCostsAndComparison() throws {
        var costs = UnitCosts()
        costs.set("In-house fostering", weekly: Money(pounds: 525))
        costs.set("Commissioned children's home", weekly: Money(pounds: 3_712))
        let base = model().project(months: 1)
        let t = base.table(costs: costs).table
        XCTAssertEqual(t.column(named: "weekly_cost")![0].brief, "£28,572")
        XCTAssertEqual(t.column(named: "month_cost")![1].brief, "£120,161.79")
        var s = ProjectionScenario()
        s.admissionChangePerYear = -12
        let alt = model().project(months: 1, scenario: s).table(costs: costs).table
        // One fewer admission into group 0 in April: 52,500p × 30 ÷ 7 = £2,250 less.
        let diff = try ProjectionComparison(baseline: t, scenario: alt).table
        XCTAssertEqual(diff.column(named: "difference")![1].brief, "-1")
        XCTAssertEqual(diff.column(named: "saving")![1].brief, "£2,250")
    }

    func testPlansBecomeTransfersAndLeaversLeaveCare() {
        let plan = Plan(description: "home", moves: [
            PlannedMove(child: "a", fromGroup: "Commissioned children's home", toGroup: "Home", date: Day(year: 2019, month: 4, day: 1)!,
                        oldWeekly: Money(pounds: 3_712), newWeekly: .zero, success: 0.5)])
        var s = ProjectionScenario()
        s.add(plan, groups: model().groups)
        XCTAssertNil(s.transfers[0].to, "a move home leaves care")
        XCTAssertEqual(model().project(months: 1, scenario: s).byGroup(1)[1], 5.25, accuracy: 1e-9)
    }
}

import XCTest
@testable import CarebookCore

/// The arithmetic of unit costs, plans and schedules, worked by hand.
final class MoneyPlanTests: XCTestCase {
    func day(_ s: String) -> Day { Day.parse(s)! }

    func move(_ child: String, _ date: String, old: Int64 = 3_712, new: Int64 = 525, success: Double = 1) -> PlannedMove {
        PlannedMove(child: child, fromGroup: "Commissioned children's home", toGroup: "In-house fostering",
                    date: day(date), oldWeekly: Money(pounds: old), newWeekly: Money(pounds: new), success: success)
    }

    func testUnitCostLookupPrefersTheMostSpecificEntry() {
        var costs = UnitCosts()
        costs.set("Agency fostering", weekly: Money(pounds: 901))
        costs.set("Agency fostering", weekly: Money(pounds: 600), ageBand: "1–4")
        costs.set("agency fostering", weekly: Money(pounds: 1_500), ageBand: "1–4", provider: "PR5")
        costs.set("External children's home", weekly: Money(pounds: 3_712))
        let ifa = "Agency fostering (IFA / other LA)"
        XCTAssertEqual(costs.weekly(group: ifa), Money(pounds: 901), "an entry fits a longer group name it starts")
        XCTAssertEqual(costs.weekly(group: ifa, ageBand: "1–4"), Money(pounds: 600))
        XCTAssertEqual(costs.weekly(group: ifa, ageBand: "1–4", provider: "pr5"), Money(pounds: 1_500))
        XCTAssertEqual(costs.weekly(group: ifa, ageBand: "10–15", provider: "PR5"), Money(pounds: 901))
        XCTAssertEqual(costs.weekly(group: "Commissioned children's home"), Money(pounds: 3_712), "published synonym")
        XCTAssertNil(costs.weekly(group: "Secure"))
        costs.set("AGENCY FOSTERING", weekly: Money(pounds: 880))
        XCTAssertEqual(costs.entries.count, 4, "setting the same group again replaces it")
        XCTAssertEqual(costs.weekly(group: ifa), Money(pounds: 880))
    }

    func csv(_ text: String) throws -> Table {
        try CSVReader.parse(bytes: Array(text.utf8), name: "costs.csv").get().table
    }

    func testUnitCostsLoadFromMoneyOrPounds() throws {
        let money = try UnitCosts(table: try csv("placement_group,weekly_cost\nIn-house fostering,\"£3,712.50\"\nOther,\n"))
        XCTAssertEqual(money.entries.count, 1, "a blank cost is skipped")
        XCTAssertEqual(money.weekly(group: "In-house fostering"), Money(pence: 371_250))
        let pounds = try UnitCosts(table: try csv("group,weekly,age_band\nSecure,6000.5,16+\nSecure,5000,\n"))
        XCTAssertEqual(pounds.weekly(group: "Secure", ageBand: "16+"), Money(pence: 600_050))
        XCTAssertEqual(pounds.weekly(group: "Secure", ageBand: "10–15"), Money(pounds: 5_000))
        XCTAssertTrue(UnitCosts.recognises(columnNames: ["placement", "weekly_cost", "source"]))
        XCTAssertFalse(UnitCosts.recognises(columnNames: ["CHILD", "DECOM"]))
    }

    func testDivisionRoundsHalfToEven() {
        XCTAssertEqual(UnitCosts.divideHalfEven(14, 4), 4)   // 3.5 → 4
        XCTAssertEqual(UnitCosts.divideHalfEven(10, 4), 2)   // 2.5 → 2
        XCTAssertEqual(UnitCosts.divideHalfEven(-10, 4), -2) // -2.5 → -2
        XCTAssertEqual(UnitCosts.divideHalfEven(-14, 4), -4) // -3.5 → -4
        XCTAssertEqual(UnitCosts.divideHalfEven(237_684_600, 7), 33_954_943)
    }

    /// 28 step-downs at £3,712 → £525: £3,187 a week each, £165,724 a year each, £4,640,272 for all 28.
    func testStepDownFullYearEffect() {
        let moves = (1...28).map { move("c\($0)", "2019-09-30") }
        let plan = Plan(description: "seed 000", moves: moves)
        XCTAssertEqual(plan.weeklySaving, Money(pounds: 89_236))
        XCTAssertEqual(plan.fullYear, Money(pounds: 4_640_272))
        // At 72% success: 20.16 expected moves, 89,236 × 0.72 = 64,249.92 a week, × 52 = £3,340,995.84.
        let likely = Plan(description: "72%", moves: (1...28).map { move("c\($0)", "2019-09-30", success: 0.72) })
        XCTAssertEqual(likely.expectedMoves, 20.16, accuracy: 1e-9)
        XCTAssertEqual(likely.expectedWeeklySaving, Money(pence: 6_424_992))
        XCTAssertEqual(likely.fullYear, Money(pence: 334_099_584))
    }

    /// A move on 30 Sep 2019 saves for 184 days to 31 Mar 2020 (the move date counts): 3,187 × 184 ÷ 7 = 83,772.571… → £83,772.57.
    func testPartYearCountsDaysFromTheMoveDateToMarch31() {
        let plan = Plan(description: "one", moves: [move("a", "2019-09-30")])
        XCTAssertEqual(plan.financialYears, [FinancialYear(2019)])
        XCTAssertEqual(plan.partYear(FinancialYear(2019)), Money(pence: 8_377_257))
        // A move on 31 March saves one day: 3,187 ÷ 7 = 455.285… → £455.29.
        XCTAssertEqual(Plan(description: "", moves: [move("a", "2020-03-31")]).partYear(FinancialYear(2019)), Money(pence: 45_529))
    }

    /// Phased across a year end: a on 30 Sep 2019, b on 30 Jun 2020.
    /// 2020/21 part-year (b only): 3,187 × 275 ÷ 7 = 125,203.571… → £125,203.57;
    /// in-year 2020/21 (a all year, 365 days, plus b): 3,187 × 640 ÷ 7 = 291,382.857… → £291,382.86.
    func testPhasedPlanAcrossAFinancialYearEnd() throws {
        let schedule = PlanSchedule.phased([(1, day("2019-09-30")), (nil, day("2020-06-30"))])
        let dates = try schedule.dates(rows: 2)
        let plan = Plan(description: "phased", moves: [move("a", dates[0].iso), move("b", dates[1].iso)])
        XCTAssertEqual(plan.financialYears, [FinancialYear(2019), FinancialYear(2020)])
        XCTAssertEqual(plan.partYear(FinancialYear(2019)), Money(pence: 8_377_257))
        XCTAssertEqual(plan.partYear(FinancialYear(2020)), Money(pence: 12_520_357))
        XCTAssertEqual(plan.saving(from: day("2020-04-01"), to: day("2021-03-31")), Money(pence: 29_138_286))
        XCTAssertEqual(plan.expectedMoves(from: day("2020-04-01"), to: day("2021-03-31")), 1)
        let monthly = plan.monthlyTable
        XCTAssertEqual(monthly.rowCount, 19, "Sep 2019 to Mar 2021")
        // September 2019: one day of saving, 3,187 ÷ 7 = £455.29.
        XCTAssertEqual(monthly[0, 3].brief, "£455.29")
    }

    func testScheduleErrors() {
        XCTAssertThrowsError(try PlanSchedule.phased([(2, day("2019-09-30"))]).dates(rows: 3))
        XCTAssertThrowsError(try PlanSchedule.phased([(nil, day("2019-09-30")), (1, day("2020-01-01"))]).dates(rows: 3))
        XCTAssertEqual(try PlanSchedule.phased([(6, day("2019-09-30")), (4, day("2020-07-31")), (nil, day("2020-09-30"))])
            .dates(rows: 28).filter { $0 == day("2020-09-30") }.count, 18)
    }

    /// Plans add up; a child in both is counted once, from the first plan, and reported.
    func testCombinedPlansReportOverlapsWithoutDoubleCounting() throws {
        let p1 = Plan(description: "step-down", moves: [move("a", "2019-09-30", success: 0.5), move("b", "2019-09-30", success: 0.5)])
        let p2 = Plan(description: "home", moves: [move("a", "2019-12-31", old: 3_712, new: 0), move("e", "2019-12-31", old: 901, new: 0)])
        let both = p1.combined(with: p2)
        XCTAssertEqual(both.moves.map(\.child), ["a", "b", "e"])
        XCTAssertEqual(both.overlaps, ["a"])
        XCTAssertEqual(both.expectedMoves, 2)
        // 3,187 × 0.5 × 2 + 901 = 4,088 a week; × 52 = £212,576.
        XCTAssertEqual(both.expectedWeeklySaving, Money(pounds: 4_088))
        XCTAssertEqual(both.fullYear, Money(pounds: 212_576))
    }
}

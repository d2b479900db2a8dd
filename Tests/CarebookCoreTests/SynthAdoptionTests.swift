import XCTest
@testable import CarebookCore

/// The adoption timing `Calibrator` tunes: how many children take the adoption path, when they move in, when the order comes.
final class SynthAdoptionTests: XCTestCase {
    static func parameters(_ change: (inout SynthAdoption, Int) -> Void) -> SynthParameters {
        var p = SynthParameters.standard(children: 1_500, from: SynthFixture.from, to: SynthFixture.to, seed: 7)
        let months = SynthParameters.months(from: p.from, to: p.to)
        change(&p.adoption, months)
        return p
    }

    static func periods(_ p: SynthParameters) -> [ReturnPeriod] {
        ReturnPeriod.build(EpisodeWriter(Microsimulation.run(p))).periods
    }

    func testMonthsAreCountedFromTheWindowAndClamped() {
        let from = SynthFixture.from   // 2013-04-01 is month 0
        XCTAssertEqual(SynthAdoption.month(of: Day.parse("2013-04-30")!, from: from, count: 84), 0)
        XCTAssertEqual(SynthAdoption.month(of: Day.parse("2014-03-01")!, from: from, count: 84), 11)
        XCTAssertEqual(SynthAdoption.month(of: Day.parse("2010-01-01")!, from: from, count: 84), 0)
        XCTAssertEqual(SynthAdoption.month(of: Day.parse("2030-01-01")!, from: from, count: 84), 83)
        XCTAssertEqual(SynthAdoption.value([], on: from, from: from, fallback: 7), 7)
    }

    func testUncoveredMonthsTakeTheNearestHeldValueOrTheMeanAfterTheLast() {
        var v = [1.0, 2, 3, 4, 8, 6]
        Calibrator.fillUncovered(&v, covered: [false, true, false, false, true, false])
        // month 0 → month 1's 2, month 2 → month 1 (distance 1; 4 is 2 away), month 3 → month 4's 8,
        // month 5 (after the last held) → the geometric mean of 2 and 8, √16 = 4.
        XCTAssertEqual(v[0..<5], [2, 2, 2, 8, 8])
        XCTAssertEqual(v[5], 4, accuracy: 1e-12)
    }

    /// Hand-set timing with no arrays gives the same bytes as before the timing existed (no draw moves).
    func testEmptyTimingLeavesTheEpisodesAsTheHandSetRates() {
        let a = EpisodeWriter(Microsimulation.run(Self.parameters { _, _ in }))
        XCTAssertEqual(a.episodes(), SynthFixture.writer().episodes())
    }

    /// A path scale of zero for admissions in the window leaves only children admitted in the burn-in to be adopted.
    func testPathScaleSetsWhoIsAdopted() {
        let none = Self.periods(Self.parameters { a, n in a.pathScale = [1] + Array(repeating: 0, count: n - 1) })
        let adopted = none.filter(\.adopted)
        XCTAssertFalse(adopted.isEmpty)
        XCTAssertTrue(adopted.allSatisfy { $0.start < SynthFixture.from.adding(months: 1) }, "\(adopted.map(\.start).max()!)")
        let all = Self.periods(Self.parameters { a, n in a.pathScale = Array(repeating: 1, count: n) })
        XCTAssertGreaterThan(all.filter(\.adopted).count, adopted.count + 50)
    }

    /// The placement order ends 60–240 days of proceedings (× the order scale); the placement follows it by the month's days
    /// (0.1 to 0.5 of them for most, 1.5 to 4.5 times for the hard to place, over 1.11); a revoked order has no placement.
    func testOrderScaleAndOrderDaysSetTheDates() {
        let p = Self.parameters { a, n in
            a.orderDays = Array(repeating: 260, count: n)
            a.orderScale = Array(repeating: 2, count: n)
            a.pathScale = Array(repeating: 1, count: n)
            a.rescindShare = 0.2
        }
        let periods = Self.periods(p).filter { $0.placementOrder != nil && $0.start >= SynthFixture.from }
        let adopted = periods.filter(\.adopted)
        XCTAssertGreaterThan(adopted.count, 40)
        var gaps: [Int] = []
        for a in adopted {
            let order = a.placementOrder!, placed = a.adoptivePlacement!
            // Proceedings (60 ..< 240) × 2 = 120 ..< 480 days; wait 260 × (0.1 ... 0.5) / 1.11 = 23 ... 117, or 351 ... 1054.
            let proceedings = Int(order.number - a.start.number), gap = Int(placed.number - order.number)
            XCTAssertTrue((120...480).contains(proceedings), "order after \(proceedings) days")
            XCTAssertTrue((23...118).contains(gap) || (351...1054).contains(gap), "placed \(gap) days after the order")
            gaps.append(gap)
        }
        // The mean gap is 260 days (0.7 × 0.3 + 0.3 × 3 = 1.11, over 1.11) with a long tail (sd ≈ 1.3 × 260 / 1.11 ≈ 300 days),
        // so a sample of about 60 lands within 100 days of it (over two standard errors, 300 / √60 ≈ 39).
        let mean = Double(gaps.reduce(0, +)) / Double(gaps.count)
        XCTAssertEqual(mean, 260, accuracy: 100)
        // About a fifth of the orders are revoked: back to a full care order with no adoptive placement.
        let revoked = periods.filter { !$0.adopted && $0.adoptivePlacement == nil }
        XCTAssertGreaterThan(revoked.count, 5)
    }

    /// The adoption rounds keep a round only when it has no more of the episodes' own targets out: those count first.
    func testAnOutcomeWithFewerEpisodeTargetsOutIsBetterWhateverItsAdoptionFigures() throws {
        let stock = try CalibrationTargets.parse("measure,date,to,group,value,tolerance,source\nstock,2017-06-30,,,516,2%,t\n").get().targets[0]
        let a1 = try ReturnTargets.parse("indicator,date,to,value,tolerance,source\n10.4,2016-07-01,2017-06-30,323,40,t\n").get().targets[0]
        func outcome(stock measured: Double, a1 days: Double) -> Calibrator.Outcome {
            // 516 ± 2% is 505.68 ... 526.32; 323 ± 40 days is 283 ... 363.
            let error = abs(measured - 516) / (516 * 0.02)
            return Calibrator.Outcome(parameters: SynthAdoptionTests.parameters { _, _ in },
                                      checks: [CalibrationCheck(target: stock, expected: 516, measured: measured, error: error)],
                                      adoptionChecks: [ReturnCheck(target: a1, measured: days)], rounds: 1)
        }
        let keepsStock = outcome(stock: 520, a1: 200), losesStock = outcome(stock: 540, a1: 323)
        XCTAssertTrue(keepsStock.checks[0].passed)
        XCTAssertFalse(losesStock.checks[0].passed)
        XCTAssertTrue(Calibrator.better(keepsStock, than: losesStock))
        XCTAssertFalse(Calibrator.better(losesStock, than: keepsStock))
        // With the episodes' targets equal, the one with fewer adoption figures out wins.
        XCTAssertTrue(Calibrator.better(outcome(stock: 520, a1: 330), than: keepsStock))
    }
}

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

    func testUncoveredMonthsTakeTheNearestCoveredValue() {
        var v = [1.0, 2, 3, 4, 5, 6]
        Calibrator.fillUncovered(&v, covered: [false, true, false, false, true, false])
        // month 0 → 1 (2), month 2 → 1 (distance 1; 4 is 2 away), month 3 → 4 (distance 1), month 5 → 4.
        XCTAssertEqual(v, [2, 2, 2, 5, 5, 5])
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
    /// (a fifth to four fifths of them for most, 1.6 to 4 times for the hard to place, over 1.3); a revoked order has no placement.
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
            // Proceedings (60 ..< 240) × 2 = 120 ..< 480 days; wait 260 × (0.2 ... 0.8) / 1.3 = 40 ... 160, or 320 ... 800.
            let proceedings = Int(order.number - a.start.number), gap = Int(placed.number - order.number)
            XCTAssertTrue((120...480).contains(proceedings), "order after \(proceedings) days")
            XCTAssertTrue((40...160).contains(gap) || (320...800).contains(gap), "placed \(gap) days after the order")
            gaps.append(gap)
        }
        // The mean gap is 260 days (0.65 × 0.5 + 0.35 × 2.8 = 1.305, over 1.3); a sample of about 50+ lands within 20%.
        let mean = Double(gaps.reduce(0, +)) / Double(gaps.count)
        XCTAssertEqual(mean, 260, accuracy: 52)
        // About a fifth of the orders are revoked: back to a full care order with no adoptive placement.
        let revoked = periods.filter { !$0.adopted && $0.adoptivePlacement == nil }
        XCTAssertGreaterThan(revoked.count, 5)
    }
}

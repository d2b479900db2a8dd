import Foundation

/// Tunes the front door's rates until seed 004's January 2017 figures are each within tolerance.
///
/// Each round runs the simulation, measures every figure (`NeedMeasurement`) and moves the rate
/// that drives it toward the target; it stops when all are within tolerance or after `rounds`.
public struct NeedCalibrator {
    /// One published figure: its name, target, tolerance (absolute, in the figure's unit) and source.
    public struct Check: Sendable {
        public var name: String
        public var target: Double
        public var tolerance: Double
        public var measured: Double
        public var source: String
        public var passed: Bool { abs(measured - target) <= tolerance + 1e-9 }
    }

    public var rounds = 30
    /// The population aged 0–17 in 2017, for the S47 rate per 10,000.
    public var population = 56_356.0

    public init() {}

    static let jan = (Day.civil(2017, 1, 1), Day.civil(2017, 1, 31))
    static let ytd = (Day.civil(2016, 4, 1), Day.civil(2017, 1, 31))
    static let rolling = (Day.civil(2016, 2, 1), Day.civil(2017, 1, 31))

    /// Every figure on a run, in the order of the report.
    public func checks(_ result: NeedResult) -> [Check] {
        let m = NeedMeasurement(result), end = Self.jan.1
        var out: [Check] = [
            Check(name: "referrals Jan 2017", target: 292, tolerance: 14, measured: Double(m.referrals(Self.jan.0, end).count),
                  source: "004 3.2.3 (±5%)"),
        ]
        for month in 4...12 {
            let a = Day.civil(2016, month, 1)
            out.append(Check(name: "referrals \(a.monthYear)", target: 450, tolerance: 50,
                             measured: Double(m.referrals(a, a.endOfMonth).count), source: "004 3.2.3 (400–500)"))
        }
        let plans = Double(m.childrenOnPlans(end).count)
        out += [
            Check(name: "% re-referrals Jan 2017", target: 22.7, tolerance: 2, measured: m.rereferralShare(Self.jan.0, end),
                  source: "004 3.2.5 (±2 points)"),
            Check(name: "% re-referrals rolling 12 months", target: 28.1, tolerance: 1.5,
                  measured: m.rereferralShare(Self.rolling.0, end), source: "004 3.2.5 (±1.5 points)"),
            Check(name: "% referrals progressing to assessment Apr 2016–Jan 2017", target: 98, tolerance: 1,
                  measured: m.assessedShare(Self.ytd.0, end), source: "004 3.2.4 (±1 point)"),
            Check(name: "% assessments within 45 working days Jan 2017", target: 67.7, tolerance: 3,
                  measured: m.withinShare(Self.jan.0, end), source: "004 3.3.2 (±3 points)"),
            Check(name: "% assessments within 45 working days Apr 2016–Jan 2017", target: 84.4, tolerance: 2,
                  measured: m.withinShare(Self.ytd.0, end), source: "004 table 2 (±2 points)"),
            Check(name: "S47 enquiries started Jan 2017", target: 111, tolerance: 11,
                  measured: Double(m.section47s(Self.jan.0, end)), source: "004 3.5.1 (±10%)"),
            Check(name: "S47 per 10,000, 12 months to Jan 2017", target: 244, tolerance: 12.2,
                  measured: 10_000 * Double(m.section47s(Self.rolling.0, end)) / population, source: "004 3.5.1 (±5%)"),
            Check(name: "children in need 31 Jan 2017, not on a plan", target: 1685, tolerance: 50,
                  measured: Double(m.childrenInNeedNotOnPlans(end)), source: "004 3.7.2 (±3%)"),
            Check(name: "children on a child protection plan 31 Jan 2017", target: 330, tolerance: 9.9, measured: plans,
                  source: "004 3.8.1 (±3%)"),
            Check(name: "children on a plan per 10,000", target: 58.6, tolerance: 2, measured: 10_000 * plans / population,
                  source: "004 3.8.1 (±2)"),
            Check(name: "plans open over 2 years 31 Jan 2017", target: 1, tolerance: 0,
                  measured: Double(m.plansOverTwoYears(end)), source: "004 3.8.3 (exactly)"),
        ]
        return out
    }

    /// The tuned parameters, the number of rounds run, and the final checks.
    public func calibrate(_ start: NeedParameters, care: EpisodeWriter) -> (parameters: NeedParameters, rounds: Int, checks: [Check]) {
        var p = start
        let jan = NeedParameters.key(2017, 1)
        for round in 1...rounds {
            let checks = self.checks(NeedSimulation.run(p, care: care))
            if checks.allSatisfy(\.passed) || round == rounds { return (p, round, checks) }
            func gap(_ prefix: String) -> Double {
                let c = checks.first { $0.name.hasPrefix(prefix) }!
                return c.target - c.measured
            }
            func ratio(_ prefix: String) -> Double {
                let c = checks.first { $0.name.hasPrefix(prefix) }!
                return c.target / max(c.measured, 1)
            }
            p.rereferralByMonth[jan] = min(0.9, max(0, p.rereferral(in: jan) + gap("% re-referrals Jan") / 100))
            p.rereferral = min(0.9, max(0, p.rereferral + gap("% re-referrals rolling") / 100 * 1.1))
            p.assessmentInTimeByMonth[jan] = min(1, max(0, p.assessmentInTime(in: jan) + gap("% assessments within 45 working days Jan") / 100 * 1.3))
            p.assessmentInTime = min(1, max(0, p.assessmentInTime + gap("% assessments within 45 working days Apr") / 100))
            p.section47ByMonth[jan] = min(0.9, p.section47(in: jan) * ratio("S47 enquiries started"))
            p.section47 = min(0.9, p.section47 * ratio("S47 per 10,000"))
            p.planMeanMonths = max(1, (p.planMeanMonths + 2) * ratio("children on a child protection plan") - 2)
            p.cinPlan = min(0.9, p.cinPlan * pow(ratio("children in need"), 2.5))
            let over = checks.last!.measured
            if over > 1 { p.planTail *= 0.8 } else if over < 1 { p.planTail *= 1.25 }
        }
        return (p, rounds, [])
    }
}

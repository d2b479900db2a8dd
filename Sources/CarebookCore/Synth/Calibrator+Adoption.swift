import Foundation

extension Calibrator {
    /// The months from an admission to the adoption it leads to, on average (A1 about 360 days, then about 215 placed).
    static let adoptionLagMonths = 19
    /// Where the match is aimed between the placement order (0) and the adoptive placement (1): the episodes
    /// leave A2 this share of the order-to-placement days, and the return tables place the match (`ReturnCalibrator`).
    static let matchAim = 0.8

    /// Measures the adoption targets (10.1 adoptions, 10.4 A1, 10.5 A2) on the episodes as the return tables will read them.
    ///
    /// 10.5 is measured as `matchAim` of the days from the placement order to the adoptive
    /// placement, the A2 the return tables can reach with a match at that share of the gap.
    func evaluateAdoption(_ writer: EpisodeWriter) -> [ReturnCheck] {
        guard !adoptionTargets.isEmpty else { return [] }
        let periods = ReturnPeriod.build(writer).periods.filter(\.adopted)
        return adoptionTargets.map { t in
            let adopted = periods.filter { p in p.end.map { $0 >= t.from && $0 <= t.to } == true }
            let days: [Double]
            switch t.indicator {
            case .adoptions: return ReturnCheck(target: t, measured: Double(adopted.count))
            case .a1: days = adopted.compactMap { p in p.adoptivePlacement.map { Double($0.number - p.start.number) } }
            default:
                days = adopted.compactMap { p in
                    guard let order = p.placementOrder, let placed = p.adoptivePlacement else { return nil }
                    return Double(max(0, placed.number - order.number)) * Calibrator.matchAim
                }
            }
            return ReturnCheck(target: t, measured: days.isEmpty ? .nan : days.reduce(0, +) / Double(days.count))
        }
    }

    /// Starts the adoption timing at the hand-set rates, one value per month of the window, when there are adoption targets.
    func plannedAdoption(_ p: inout SynthParameters) {
        guard !adoptionTargets.isEmpty else { return }
        let months = SynthParameters.months(from: p.from, to: p.to)
        p.adoption.pathScale = Array(repeating: 1, count: months)
        p.adoption.orderScale = Array(repeating: 1, count: months)
        p.adoption.orderDays = Array(repeating: 180, count: months)
    }

    /// One round of damped updates (10.1 → path scale, 10.4 → days to the order, 10.5 → days from the order to the placement):
    /// each target moves its months (the admissions `adoptionLagMonths` earlier for 10.1)
    /// by its ratio, averaged over the targets that hold a month; months no target holds take the nearest month's value.
    func adjustAdoption(_ p: inout SynthParameters, from checks: [ReturnCheck], damping: Double) {
        guard !p.adoption.pathScale.isEmpty else { return }
        let months = p.adoption.pathScale.count
        for indicator in [ReturnTarget.Indicator.adoptions, .a1, .a2] {
            var logs = Array(repeating: 0.0, count: months), counts = Array(repeating: 0.0, count: months)
            for c in checks where c.target.indicator == indicator && c.measured.isFinite {
                let ratio = Calibrator.clamp(c.measured > 0 ? c.target.value / c.measured : 2, 0.25, 4)
                let lag = indicator == .adoptions ? Calibrator.adoptionLagMonths : 0
                let first = SynthAdoption.month(of: c.target.from.adding(months: -lag), from: p.from, count: months)
                let last = SynthAdoption.month(of: c.target.to.adding(months: -lag), from: p.from, count: months)
                for m in first...last {
                    logs[m] += log(ratio)
                    counts[m] += 1
                }
            }
            // A1 is the order's days plus the placement's, so its ratio moves the order's days about twice as far.
            let power = (indicator == .adoptions ? 0.7 : indicator == .a1 ? 1.6 : 0.8) * damping
            func update(_ values: inout [Double], _ lo: Double, _ hi: Double) {
                for m in values.indices where counts[m] > 0 {
                    values[m] = Calibrator.clamp(values[m] * exp(logs[m] / counts[m] * power), lo, hi)
                }
                Calibrator.fillUncovered(&values, covered: counts.map { $0 > 0 })
            }
            switch indicator {
            case .adoptions: update(&p.adoption.pathScale, 0.05, 5)
            case .a1: update(&p.adoption.orderScale, 0.1, 4)
            default: update(&p.adoption.orderDays, 20, 700)
            }
        }
    }

    /// Gives each month no target holds a value: before the first month held, that month's; between held months, the
    /// nearest one's (the earlier on a tie); after the last, the geometric mean of the held months (no published trend to follow).
    static func fillUncovered(_ values: inout [Double], covered: [Bool]) {
        let held = covered.indices.filter { covered[$0] }
        guard let first = held.first, let last = held.last else { return }
        let mean = exp(held.reduce(0.0) { $0 + log(max(values[$1], 1e-9)) } / Double(held.count))
        for m in values.indices where !covered[m] {
            if m > last { values[m] = mean; continue }
            if m < first { values[m] = values[first]; continue }
            let nearest = held.min { abs($0 - m) < abs($1 - m) }!
            values[m] = values[nearest]
        }
    }
}

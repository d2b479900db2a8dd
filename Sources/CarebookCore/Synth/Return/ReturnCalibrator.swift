/// Tunes `ReturnSettings` so the generated tables give the published return figures.
///
/// Snapshot shares are set directly for the return years the targets name (other years take
/// the nearest named year's share). Event rates are adjusted month by month: each round
/// measures every window target and moves the rate of each month in a window by the
/// window's shortfall (points for shares, a ratio for A2), averaged over the windows that
/// hold the month. Deterministic: the same seed and targets give the same settings.
public struct ReturnCalibrator {
    public let targets: ReturnTargets
    public var rounds = 30

    public init(targets: ReturnTargets) { self.targets = targets }

    /// The tuned settings and each target as measured after tuning.
    public struct Outcome {
        public var settings: ReturnSettings
        public var checks: [ReturnCheck]
        /// True when every tuned target is within tolerance (figures the episodes fix are reported only).
        public var passed: Bool { checks.allSatisfy { $0.passed || $0.target.indicator.isBoundedByEpisodes } }
    }

    public func calibrate(_ base: ReturnWriter) -> Outcome {
        var writer = base
        setSnapshots(&writer.settings, years: writer.years)
        for _ in 0..<rounds {
            let measure = ReturnMeasure(writer)
            var sums: [ReturnTarget.Indicator: [Double]] = [:], counts: [ReturnTarget.Indicator: [Double]] = [:]
            for t in targets.targets where [.reviews, .withinTwelveMonths, .a2].contains(t.indicator) {
                let measured = measure.value(t)
                guard measured.isFinite else { continue }
                let step = t.indicator == .a2 ? (measured > 0 ? t.value / measured : 1.5) : (t.value - measured) / 100
                var month = writer.settings.month(t.from)
                while month <= writer.settings.month(t.to) {
                    sums[t.indicator, default: Array(repeating: 0, count: writer.settings.reviewOnTime.count)][month] += step
                    counts[t.indicator, default: Array(repeating: 0, count: writer.settings.reviewOnTime.count)][month] += 1
                    month += 1
                }
            }
            apply(sums, counts, to: &writer.settings)
        }
        let measure = ReturnMeasure(writer)
        return Outcome(settings: writer.settings, checks: targets.targets.map { ReturnCheck(target: $0, measured: measure.value($0)) })
    }

    func apply(_ sums: [ReturnTarget.Indicator: [Double]], _ counts: [ReturnTarget.Indicator: [Double]], to s: inout ReturnSettings) {
        for (indicator, sum) in sums {
            let n = counts[indicator]!
            for m in sum.indices where n[m] > 0 {
                let step = sum[m] / n[m]
                switch indicator {
                case .reviews: s.reviewOnTime[m] = min(1, max(0.02, s.reviewOnTime[m] + step))
                case .withinTwelveMonths: s.withinTwelveMonths[m] = min(1, max(0, s.withinTwelveMonths[m] + step))
                default: s.matchShare[m] = min(1, max(0.01, s.matchShare[m] * step))
                }
            }
        }
    }

    /// Sets each return year's OC2 and OC3 shares from the targets on its 31 March, or the nearest year's.
    func setSnapshots(_ s: inout ReturnSettings, years: [ReturnYear]) {
        func fill(_ indicator: ReturnTarget.Indicator, _ values: inout [Double]) {
            let named = targets.of(indicator).compactMap { t in years.firstIndex { $0.end == t.from }.map { ($0, t.value / 100) } }
            guard !named.isEmpty else { return }
            for y in values.indices { values[y] = named.min { abs($0.0 - y) < abs($1.0 - y) }!.1 }
        }
        fill(.healthAssessments, &s.healthAssessment)
        fill(.dentalChecks, &s.dentalCheck)
        fill(.suitableAccommodation, &s.suitable)
        fill(.educationEmploymentTraining, &s.eet)
    }
}

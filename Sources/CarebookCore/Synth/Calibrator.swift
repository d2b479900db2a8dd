/// Tunes the simulation's rates until its output, measured with the care engine, reproduces a set of targets.
///
/// The stock and flow targets set the admissions and the planned stock
/// directly (`FlowPlan`); mixes and indicators are reached by a few rounds of
/// damped multiplicative updates (exit weights by age band, placement-group
/// multipliers on anchor dates, legal-status rates, path weights, move rates).
/// Each round reruns the whole simulation with the same seed; the best round is kept.
public struct Calibrator {
    public var targets: CalibrationTargets
    public var inBoroughDistricts: Set<String>
    public var maxRounds = 200

    public init(targets: CalibrationTargets, inBoroughDistricts: Set<String> = Set(SynthPostcodes.inBorough)) {
        self.targets = targets
        self.inBoroughDistricts = inBoroughDistricts
    }

    /// The tuned parameters, the checks of the best round, and how many rounds ran.
    public struct Outcome: Sendable {
        public var parameters: SynthParameters
        public var checks: [CalibrationCheck]
        public var rounds: Int
        public var passed: Bool { checks.allSatisfy(\.passed) }
    }

    /// Calibrates parameters for the window and seed of `base`.
    public func calibrate(_ base: SynthParameters) -> Outcome {
        var p = planned(base, corrections: [:])
        var corrections: [Day: Double] = [:]
        var best: Outcome?
        for round in 1...maxRounds {
            let checks = evaluate(p)
            if best == nil || Calibrator.score(checks) < Calibrator.score(best!.checks) {
                best = Outcome(parameters: p, checks: checks, rounds: round)
            }
            best!.rounds = round
            if checks.allSatisfy({ $0.error <= 0.6 }) { break }
            corrections = correctedStocks(checks, corrections)
            // Later rounds take smaller steps, so the search settles instead of circling.
            adjust(&p, from: checks, damping: round <= maxRounds / 2 ? 1 : 0.4)
            replan(&p, corrections: corrections)
        }
        return best!
    }

    /// Runs the simulation and checks every target on its output.
    public func evaluate(_ p: SynthParameters) -> [CalibrationCheck] {
        let writer = EpisodeWriter(Microsimulation.run(p))
        guard let m = try? SynthMeasurement(header: writer.header(), episodes: writer.episodes(),
                                             inBoroughDistricts: inBoroughDistricts) else { return [] }
        return CalibrationCheck.run(targets, on: m.data)
    }

    /// Lower is better: failures dominate, then the sum of squared errors.
    static func score(_ checks: [CalibrationCheck]) -> Double {
        guard !checks.isEmpty else { return .infinity }
        return checks.reduce(0) { $0 + ($1.passed ? 0 : 100) + min($1.error * $1.error, 1e4) }
    }

    /// Base parameters with the admissions, stock plan and anchor dates the targets imply.
    func planned(_ base: SynthParameters, corrections: [Day: Double]) -> SynthParameters {
        var p = base
        replan(&p, corrections: corrections)
        let mixDates = targets.targets.filter {
            [.placementMix, .commissionedShare, .outOfAreaResidential].contains($0.measure)
        }.map(\.from)
        let dates = Array(Set(mixDates + [base.from])).sorted()
        p.placementAnchors = dates.map { PlacementAnchor(day: $0) }
        return p
    }

    /// Sets the admissions and stock plan from the targets, with the stock corrections learned so far.
    func replan(_ p: inout SynthParameters, corrections: [Day: Double]) {
        let plan = FlowPlan(targets: targets, corrections: corrections).monthly(from: p.from, to: p.to)
        p.admissions = plan.admissions
        p.stockPlan = plan.stock
        p.initialStock = plan.initial
    }

    /// Moves each stock target's planned value by the shortfall measured, so the next run lands on it.
    func correctedStocks(_ checks: [CalibrationCheck], _ old: [Day: Double]) -> [Day: Double] {
        var out = old
        let plan = FlowPlan(targets: targets)
        for c in checks where c.target.measure == .stock && c.measured.isFinite {
            guard let aim = plan.reconciled.first(where: { $0.day == c.target.from })?.value else { continue }
            out[c.target.from, default: 0] += (aim - c.measured) * 0.7
        }
        return out
    }
}

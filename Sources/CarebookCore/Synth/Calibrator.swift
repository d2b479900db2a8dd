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
    /// Rounds that tune the adoption timing alone after the joint rounds (with adoption targets).
    public var adoptionRounds = 40
    /// The adoption figures the episodes decide (10.1, 10.4, 10.5 rows of a return targets file), tuned through `SynthAdoption`.
    public var adoptionTargets: [ReturnTarget]

    public init(targets: CalibrationTargets, inBoroughDistricts: Set<String> = Set(SynthPostcodes.inBorough),
                adoptionTargets: [ReturnTarget] = []) {
        self.targets = targets
        self.inBoroughDistricts = inBoroughDistricts
        self.adoptionTargets = adoptionTargets.filter { [.adoptions, .a1, .a2].contains($0.indicator) }
    }

    /// The tuned parameters, the checks of the best round, and how many rounds ran.
    public struct Outcome: Sendable {
        public var parameters: SynthParameters
        public var checks: [CalibrationCheck]
        /// The adoption targets as the episodes leave them (10.5: the A2 reachable with the match at `matchAim`).
        public var adoptionChecks: [ReturnCheck] = []
        public var rounds: Int
        public var passed: Bool { checks.allSatisfy(\.passed) && adoptionChecks.allSatisfy(\.passed) }
    }

    /// Calibrates parameters for the window and seed of `base`: every rate but the adoption timing, then the adoption timing alone.
    public func calibrate(_ base: SynthParameters) -> Outcome {
        var p = planned(base, corrections: [:])
        plannedAdoption(&p)
        var corrections: [Day: Double] = [:]
        var best: Outcome?
        for round in 1...maxRounds {
            let (checks, adoption) = evaluateAll(p)
            let outcome = Outcome(parameters: p, checks: checks, adoptionChecks: adoption, rounds: round)
            if best == nil || Calibrator.score(checks) + Calibrator.score(adoption)
                < Calibrator.score(best!.checks) + Calibrator.score(best!.adoptionChecks) { best = outcome }
            best!.rounds = round
            if checks.allSatisfy({ $0.error <= 0.6 }) && adoption.allSatisfy(\.passed) { break }
            corrections = correctedStocks(checks, corrections)
            // Later rounds take smaller steps, so the search settles instead of circling.
            let damping = round <= maxRounds / 2 ? 1 : 0.4
            adjust(&p, from: checks, damping: damping)
            replan(&p, corrections: corrections)
        }
        return adoptionRounds > 0 && !adoptionTargets.isEmpty ? refineAdoption(best!) : best!
    }

    /// Rounds that tune only the adoption timing from the best round, the other rates held, keeping the best round: one
    /// with no more of the episodes' own targets out than before, so the adoption figures move only as far as the
    /// other calibrated figures allow.
    func refineAdoption(_ start: Outcome) -> Outcome {
        var best = start, p = start.parameters, adoption = start.adoptionChecks
        for round in 1...adoptionRounds {
            adjustAdoption(&p, from: adoption, damping: 0.7)
            let checks: [CalibrationCheck]
            (checks, adoption) = evaluateAll(p)
            let outcome = Outcome(parameters: p, checks: checks, adoptionChecks: adoption, rounds: start.rounds + round)
            if Calibrator.better(outcome, than: best) { best = outcome }
            best.rounds = start.rounds + round
        }
        return best
    }

    /// For the adoption rounds: fewer targets out first (the episodes' own before the adoption figures), then the smaller score.
    static func better(_ a: Outcome, than b: Outcome) -> Bool {
        func rank(_ o: Outcome) -> (Int, Int, Double) {
            (o.checks.filter { !$0.passed }.count, o.adoptionChecks.filter { !$0.passed }.count,
             score(o.checks) + score(o.adoptionChecks))
        }
        let (x, y) = (rank(a), rank(b))
        return x.0 != y.0 ? x.0 < y.0 : x.1 != y.1 ? x.1 < y.1 : x.2 < y.2
    }

    /// Runs the simulation and checks every target on its output.
    public func evaluate(_ p: SynthParameters) -> [CalibrationCheck] { evaluateAll(p).checks }

    /// Runs the simulation and checks every target and every adoption target on its output.
    func evaluateAll(_ p: SynthParameters) -> (checks: [CalibrationCheck], adoption: [ReturnCheck]) {
        let writer = EpisodeWriter(Microsimulation.run(p))
        guard let m = try? SynthMeasurement(header: writer.header(), episodes: writer.episodes(),
                                             inBoroughDistricts: inBoroughDistricts) else { return ([], []) }
        return (CalibrationCheck.run(targets, on: m.data), evaluateAdoption(writer))
    }

    /// Lower is better: failures dominate, then the sum of squared errors.
    static func score(_ checks: [CalibrationCheck]) -> Double {
        guard !checks.isEmpty else { return .infinity }
        return checks.reduce(0) { $0 + ($1.passed ? 0 : 100) + min($1.error * $1.error, 1e4) }
    }

    /// The same for adoption targets (error in units of the tolerance), the error capped at the tolerance's edge: a
    /// figure the episodes cannot reach (two published windows that ask opposite things of the months they share)
    /// then costs the same in every round and does not outweigh the other targets.
    static func score(_ checks: [ReturnCheck]) -> Double {
        checks.reduce(0) { sum, c in
            let error = c.measured.isFinite ? abs(c.measured - c.target.value) / max(c.target.tolerance, 1e-9) : 100
            return sum + (c.passed ? 0 : 100) + min(error * error, 1)
        }
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

/// Every rate and mix the microsimulation runs on; `standard(...)` gives hand-set defaults and `Calibrator` tunes them.
///
/// Time runs in months counted from `from` (month 0 is `from` up to a month
/// later). Admissions and the planned stock are per month of the window; before
/// `from` a burn-in of `burnInYears` fills the care population at the first
/// month's admission rate so that children already in care on `from` have
/// realistic histories (earlier DECOMs, ages and placements).
public struct SynthParameters: Sendable {
    public var from: Day
    public var to: Day
    public var seed: UInt64
    public var burnInYears = 14

    /// Children in care at `from` (the stock the burn-in builds up to).
    public var initialStock: Double
    /// Admissions in each month of the window (children starting a period of care, short breaks excluded).
    public var admissions: [Double]
    /// The planned number in care at the end of each month of the window; exits are set to follow it.
    public var stockPlan: [Double]

    /// Relative chance of each age in years (0–17) at admission.
    public var entryAge: [Double] = [17, 7, 6, 6, 5, 6, 5.5, 5.5, 5, 5, 3, 3, 3.2, 3.5, 3.8, 4.5, 7, 4]
    /// Relative chance of each path (`SynthPath` order) by age band at admission.
    public var pathWeights: [[Double]] = [
        [42, 22, 22, 2, 7, 5], [30, 28, 25, 3, 9, 5], [4, 45, 22, 3, 20, 6],
        [0, 50, 7, 2, 31, 10], [0, 40, 0, 1, 39, 20],
    ]
    /// A calibration multiplier on each path's weight.
    public var pathScale: [Double] = [1, 1, 1, 1, 1, 1]
    /// A calibration multiplier on the exit weight of children in each age band.
    public var leaveAgeScale: [Double] = [1, 1, 1, 1, 1]
    /// Relative chance of each placement group (`SynthPlacement` order) by age band, for first placements and moves.
    public var placementWeights: [[Double]] = [
        [45, 8, 25, 0, 0, 0, 0, 0, 6, 0, 0, 8],
        [45, 10, 35, 0, 0.3, 0, 0, 0, 6, 0, 0, 1],
        [40, 8, 42, 0.5, 2, 0.5, 0, 0, 5, 0, 0, 0.5],
        [33, 5, 42, 3, 12, 2, 0.6, 0, 3, 0, 0.2, 0.5],
        [22, 3, 35, 3, 15, 1, 0.3, 0, 3, 15, 0.8, 0.5],
    ]
    /// Multipliers on the placement weights that change over time, interpolated between anchor dates.
    public var placementAnchors: [PlacementAnchor]

    /// Monthly chance an interim care order (C1) becomes a full care order (C2), after four months.
    public var interimToFull = 0.12
    /// Days before the adoptive placement that a placement order (E1) replaces the care order.
    public var placementOrderLead = 150.0
    /// A multiplier on how long a child stays placed for adoption before the adoption order.
    public var adoptiveStayScale = 1.0
    /// Adoption timing by month of the window (empty: none); see `SynthAdoption`.
    public var adoption = SynthAdoption()
    /// A multiplier on the chance of admission under section 20 (V2).
    public var voluntaryScale = 1.0
    /// A multiplier on placement moves in a placement's first year (drives indicator 8.2).
    public var earlyMoveScale = 1.0
    /// A multiplier on placement moves after a placement's first year (drives indicator 8.1).
    public var lateMoveScale = 1.0
    /// The share of young people leaving at 18 who go to independent living, staying put or adult services.
    public var independenceAt18 = 0.2

    /// The share of admissions that bring in a sibling group (2 or 3 children, same day).
    public var siblingShare = 0.2
    /// The share of admissions that are unaccompanied asylum-seeking children.
    public var uascShare = 0.04
    /// The share of admissions that are a return to care of a child who went home before.
    public var readmissionShare = 0.08
    /// Children receiving short breaks (V3/V4) at any time, per looked-after child.
    public var shortBreakShare = 0.05

    public init(from: Day, to: Day, seed: UInt64, initialStock: Double, admissions: [Double], stockPlan: [Double],
                placementAnchors: [PlacementAnchor] = []) {
        self.from = from
        self.to = to
        self.seed = seed
        self.initialStock = initialStock
        self.admissions = admissions
        self.stockPlan = stockPlan
        self.placementAnchors = placementAnchors
    }

    /// The number of months in the window (`from` to `to`, a part month counting as one).
    public static func months(from: Day, to: Day) -> Int {
        var n = 0
        while from.adding(months: n) <= to { n += 1 }
        return max(n, 1)
    }

    /// Parameters for about `children` distinct children over the window with a steady care population.
    ///
    /// A period of care lasts about 28 months on average, so a window of M months
    /// holds about stock + admissions × M children with stock ≈ 28 × monthly admissions.
    public static func standard(children: Int, from: Day, to: Day, seed: UInt64) -> SynthParameters {
        let months = SynthParameters.months(from: from, to: to)
        let monthly = Double(max(children, 1)) / (Double(months) + 24) / 1.02
        let stock = monthly * 28
        return SynthParameters(from: from, to: to, seed: seed, initialStock: stock,
                               admissions: Array(repeating: monthly, count: months),
                               stockPlan: Array(repeating: stock, count: months))
    }

    /// The placement multipliers in force on `day` (all 1 when there are no anchors).
    func placementScale(on day: Day) -> [Double] {
        guard let first = placementAnchors.first else { return Array(repeating: 1, count: SynthPlacement.allCases.count) }
        if day <= first.day { return first.scale }
        for (a, b) in zip(placementAnchors, placementAnchors.dropFirst()) where day < b.day {
            let f = Double(day.number - a.day.number) / Double(b.day.number - a.day.number)
            return zip(a.scale, b.scale).map { $0 + ($1 - $0) * f }
        }
        return placementAnchors.last!.scale
    }
}

/// Placement-group multipliers from a date, for the trend in the placement mix (more agency, fewer in-house homes).
public struct PlacementAnchor: Sendable, Equatable {
    public var day: Day
    /// One multiplier per `SynthPlacement` group.
    public var scale: [Double]

    public init(day: Day, scale: [Double] = Array(repeating: 1, count: SynthPlacement.allCases.count)) {
        self.day = day
        self.scale = scale
    }
}

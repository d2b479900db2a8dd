/// A plan of moves (step-downs, SGO conversions, returns home) and the money it saves.
///
/// Every money figure is computed from exact pence: the per-child weekly
/// savings are multiplied by the success rate and by weeks (days ÷ 7, or the
/// weeks-per-year setting) as one exact sum, which is rounded once, half to
/// even, to the penny. So totals are not sums of rounded parts, and a monthly
/// table may differ from a yearly figure by a penny.
///
/// Part-year effect: the move date is the first day at the new cost and counts;
/// a move on 30 Sep 2019 saves for the 184 days to 31 Mar 2020, 184/7 = 26.29
/// weeks. Full-year effect: weekly saving × weeks per year (52 by default).
public struct Plan: Sendable {
    /// What the plan does ("step-down to In-house fostering").
    public var description: String
    public var moves: [PlannedMove]
    public var weeksPerYear: Double
    /// Children found in more than one plan when plans were added; each is counted once, in the first plan.
    public var overlaps: [String]

    public init(description: String, moves: [PlannedMove], weeksPerYear: Double = 52, overlaps: [String] = []) {
        self.description = description
        self.moves = moves
        self.weeksPerYear = weeksPerYear
        self.overlaps = overlaps
    }

    /// The two plans together; a child in both is counted once (from this plan) and listed in `overlaps`.
    public func combined(with other: Plan) -> Plan {
        let mine = Set(moves.map(\.child))
        let shared = other.moves.filter { mine.contains($0.child) }.map(\.child)
        let added = other.moves.filter { !mine.contains($0.child) }
        return Plan(description: description + " + " + other.description, moves: moves + added,
                    weeksPerYear: weeksPerYear, overlaps: overlaps + other.overlaps + shared)
    }

    /// Expected number of moves: the sum of the success rates (n × p for one rate).
    public var expectedMoves: Double { moves.reduce(0) { $0 + $1.success } }

    public var oldWeekly: Money { Money(pence: moves.reduce(0) { $0 + $1.oldWeekly.pence }) }
    public var newWeekly: Money { Money(pence: moves.reduce(0) { $0 + $1.newWeekly.pence }) }
    /// The weekly saving if every move happens.
    public var weeklySaving: Money { Money(pence: moves.reduce(0) { $0 + $1.weeklySaving.pence }) }

    /// The weekly saving once all moves are made, scaled by success (Σ saving × p, rounded once).
    public var expectedWeeklySaving: Money { rounded(moves.reduce(0) { $0 + expected($1) }) }

    /// Full-year effect: expected weekly saving × weeks per year, rounded once.
    public var fullYear: Money { rounded(moves.reduce(0) { $0 + expected($1) } * weeksPerYear) }

    /// The expected saving that falls from `from` to `to` (both counted), rounded once.
    public func saving(from: Day, to: Day) -> Money {
        rounded(moves.reduce(0) { $0 + expected($1) * Double($1.daysMoved(from: from, to: to)) } / 7)
    }

    /// Part-year effect in a financial year: the expected saving of the moves made in that year, to 31 March.
    public func partYear(_ year: FinancialYear) -> Money {
        let r = year.range
        let inYear = moves.filter { r.contains($0.date) }
        return rounded(inYear.reduce(0) { $0 + expected($1) * Double($1.daysMoved(from: r.from, to: r.to)) } / 7)
    }

    /// The financial years from the first move to the last.
    public var financialYears: [FinancialYear] {
        guard let first = moves.map(\.date).min(), let last = moves.map(\.date).max() else { return [] }
        return (first.financialYear...last.financialYear).map(FinancialYear.init)
    }

    /// Expected moves made from `from` to `to`.
    public func expectedMoves(from: Day, to: Day) -> Double {
        moves.filter { $0.date >= from && $0.date <= to }.reduce(0) { $0 + $1.success }
    }

    /// Expected weekly saving in place on `day` (moves made on or before it), rounded once.
    public func weeklySavingInPlace(on day: Day) -> Money {
        rounded(moves.filter { $0.date <= day }.reduce(0) { $0 + expected($1) })
    }

    /// A move's weekly saving in pence × its success rate (unrounded).
    private func expected(_ m: PlannedMove) -> Double { Double(m.weeklySaving.pence) * m.success }

    private func rounded(_ pence: Double) -> Money { Money(pence: Int64(pence.rounded(.toNearestOrEven))) }
}

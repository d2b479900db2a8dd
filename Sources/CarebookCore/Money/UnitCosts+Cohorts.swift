extension UnitCosts {
    /// The weekly cost of each row of a cohort or snapshot, from its `placement_group`
    /// (and `age_band`, `provider` when present).
    ///
    /// Fails, naming every group with no cost, rather than count a child at £0.
    public func weeklyCosts(for table: Table) throws(Diagnostic) -> [Money] {
        let costs = try optionalWeeklyCosts(for: table)
        let view = CohortView(table)
        var uncosted: [String] = []
        for row in costs.indices where costs[row] == nil {
            let group = view.text(.placementGroup, row) ?? ""
            if !uncosted.contains(group) { uncosted.append(group) }
        }
        guard uncosted.isEmpty else { throw Self.uncostedError(uncosted) }
        return costs.map { $0! }
    }

    /// The weekly cost of each row, nil where no unit cost fits (for breakdowns that show the gaps).
    public func optionalWeeklyCosts(for table: Table) throws(Diagnostic) -> [Money?] {
        let view = CohortView(table)
        guard view.has(.placementGroup) else {
            throw Diagnostic("the table has no `placement_group` column to cost",
                             hint: "cost a snapshot or cohort, such as looked_after() or admissions(…)")
        }
        var lookup = UnitCostLookup(self)
        return (0..<table.rowCount).map { row in
            lookup.weekly(group: view.text(.placementGroup, row) ?? "", ageBand: view.text(.ageBand, row),
                          provider: view.text(.provider, row))
        }
    }

    /// The sum of the weekly costs of a table's rows.
    public func weeklyTotal(for table: Table) throws(Diagnostic) -> Money {
        Money(pence: try weeklyCosts(for: table).reduce(0) { $0 + $1.pence })
    }

    static func uncostedError(_ groups: [String]) -> Diagnostic {
        let list = groups.map { $0.isEmpty ? "(no group)" : $0 }.sorted().joined(separator: ", ")
        let example = groups.first { !$0.isEmpty } ?? "Other"
        return Diagnostic("no unit cost for \(list)",
                          hint: "load a unit-cost table, or set one: set_cost(\"\(example)\", £500)")
    }

    static func text(_ v: Value) -> String? {
        if case let .text(s) = v { return s }
        return nil
    }
}

extension UnitCosts {
    /// The cost of actual placements from `from` to `to` (both included), from episode days.
    ///
    /// Each day a child spends in an episode costs the weekly cost of its placement group ÷ 7
    /// (age band on the first costed day of the episode; a temporary move T0–T4 costs as the
    /// placement it belongs to; short breaks V3/V4 are not looked after and cost nothing here).
    /// Pence × days are summed exactly and divided by 7 once, rounding half to even.
    /// `children` limits the cost to those CHILD ids; nil costs everyone.
    public func episodeCost(_ data: CareDataSet, children: Set<String>?, from: Day, to: Day) throws(Diagnostic) -> Money {
        var penceDays: Int64 = 0
        var uncosted: [String] = []
        var lookup = UnitCostLookup(self)
        for (k, e) in data.episodes.enumerated() where !e.isShortBreak {
            let child = data.children[Int(e.child)]
            if let children, !children.contains(child.id) { continue }
            let start = max(e.start, from)
            let endExclusive = min(e.end ?? to.adding(days: 1), to.adding(days: 1))
            let days = Int64(endExclusive.number) - Int64(start.number)
            guard days > 0 else { continue }
            let costed = costedEpisode(data, k)
            let group = data.group(of: costed).name
            // An unknown age is band `Unknown`: no banded cost matches it, so the group's all-ages cost applies.
            let band = AgeBand(age: child.age(on: start)).label
            guard let weekly = lookup.weekly(group: group, ageBand: band, provider: costed.providerCode) else {
                if !uncosted.contains(group) { uncosted.append(group) }
                continue
            }
            penceDays += weekly.pence * days
        }
        guard uncosted.isEmpty else { throw Self.uncostedError(uncosted) }
        return Money(pence: Self.divideHalfEven(penceDays, 7))
    }

    /// The episode whose placement a day is costed as: a temporary move costs as its placement's first episode.
    private func costedEpisode(_ data: CareDataSet, _ k: Int) -> Episode {
        let e = data.episodes[k]
        guard e.isTemporary else { return e }
        let p = Int(data.episodePlacement[k])
        return p >= 0 ? data.episodes[data.placements[p].episodes.lowerBound] : e
    }

    /// Integer division rounding half to even.
    public static func divideHalfEven(_ n: Int64, _ d: Int64) -> Int64 {
        precondition(d > 0)
        var q = n / d, r = n % d
        if r < 0 { q -= 1; r += d }
        if 2 * r > d || (2 * r == d && q % 2 != 0) { q += 1 }
        return q
    }
}

extension Plan {
    /// Where the children go and what it costs there.
    public enum Destination: Sendable {
        /// A placement group, costed from the unit costs (by each child's age band when the costs have bands).
        case group(String)
        /// A named setting at a fixed weekly cost (an SGO allowance, support at home).
        case fixed(String, Money)

        var name: String {
            switch self {
            case let .group(g): g
            case let .fixed(name, _): name
            }
        }
    }

    /// A plan moving every row of a cohort (which needs `child` and `placement_group` columns, read through `CohortView`).
    public static func make(_ description: String, cohort: Table, costs: UnitCosts, to destination: Destination,
                            schedule: PlanSchedule, success: Double, weeksPerYear: Double) throws(Diagnostic) -> Plan {
        let view = CohortView(cohort)
        guard view.has(.child) else {
            throw Diagnostic("the cohort has no `child` column", hint: "plans move children: start from looked_after() or a cohort")
        }
        guard (0...1).contains(success) else { throw Diagnostic("a success rate is between 0% and 100%") }
        let old = try costs.weeklyCosts(for: cohort)
        let new = try newCosts(cohort, costs, destination)
        let dates = try schedule.dates(rows: cohort.rowCount, columnDates: columnDates(cohort, schedule))
        var moves: [PlannedMove] = []
        for row in 0..<cohort.rowCount {
            moves.append(PlannedMove(child: view.childKey(row) ?? "",
                                     fromGroup: view.text(.placementGroup, row) ?? "", toGroup: destination.name,
                                     date: dates[row], oldWeekly: old[row], newWeekly: new[row], success: success))
        }
        let plan = Plan(description: description, moves: moves, weeksPerYear: weeksPerYear)
        try plan.checkLimits()
        return plan
    }

    private static func newCosts(_ cohort: Table, _ costs: UnitCosts, _ destination: Destination) throws(Diagnostic) -> [Money] {
        switch destination {
        case let .fixed(_, weekly):
            return Array(repeating: weekly, count: cohort.rowCount)
        case let .group(group):
            let view = CohortView(cohort)
            var out: [Money] = []
            var lookup = UnitCostLookup(costs)
            for row in 0..<cohort.rowCount {
                guard let w = lookup.weekly(group: group, ageBand: view.text(.ageBand, row)) else {
                    throw UnitCosts.uncostedError([group])
                }
                out.append(w)
            }
            return out
        }
    }

    private static func columnDates(_ cohort: Table, _ schedule: PlanSchedule) throws(Diagnostic) -> [Day?] {
        guard case let .column(name) = schedule else { return [] }
        guard let i = cohort.columnIndex(named: name) else {
            throw Diagnostic.unknownName(name, what: "column", at: nil, candidates: cohort.columnNames)
        }
        return (0..<cohort.rowCount).map { row in
            if case let .date(d) = cohort[row, i] { return d }
            return nil
        }
    }
}

/// A cohort's cost split by one column (placement group, age band, provider), with a total row.
///
/// Annual cost per group is the group's weekly cost × weeks per year, rounded
/// half to even once; the total row adds the groups' exact weekly pence, then scales.
public struct CostBreakdown: Sendable {
    public var table: Table

    /// Groups `source` by column `key`; `weekly` holds each row's weekly cost, nil where none is known.
    public init(table source: Table, key: Int, weekly: [Money?], weeksPerYear: Double) {
        let groups = GroupIndex(source, keys: [key])
        var labels = TextColumnBuilder()
        var children: [Double] = [], weeklyTotals: [Int64] = []
        for (g, first) in groups.firstRows.enumerated() {
            let cell = source[first, key]
            if case .missing = cell { labels.append("(none)") } else { labels.append(CohortAlgebra.key(cell)) }
            let rows = groups.rows(of: g)
            children.append(Double(rows.count))
            let known = rows.allSatisfy { weekly[$0] != nil }
            weeklyTotals.append(known ? rows.reduce(0) { $0 + weekly[$1]!.pence } : Column.missingInteger)
        }
        labels.append("Total")
        children.append(Double(source.rowCount))
        let total = weeklyTotals.filter { $0 != Column.missingInteger }.reduce(0, +)
        weeklyTotals.append(total)
        let annual = weeklyTotals.map {
            $0 == Column.missingInteger ? $0 : Money(pence: $0).scaled(by: weeksPerYear)?.pence ?? Column.missingInteger
        }
        let share = weeklyTotals.map { total == 0 || $0 == Column.missingInteger ? Double.nan : Double($0) / Double(total) }
        table = Table(columns: [
            Column(name: source.columns[key].name, storage: labels.storage, identifier: source.columns[key].isIdentifier),
            Column(name: "children", storage: .numbers(children, percent: false)),
            Column(name: "weekly_cost", storage: .money(weeklyTotals)),
            Column(name: "annual_cost", storage: .money(annual)),
            Column(name: "share", storage: .numbers(share, percent: true)),
        ], rowCount: children.count, origin: "cost of \(source.origin) by \(source.columns[key].name)")
    }
}

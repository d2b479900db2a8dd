/// The month-by-month difference between a baseline projection and a scenario, in children and money.
public struct ProjectionComparison: Sendable {
    public var table: Table

    /// Compares two projection tables (columns `month`, `total`, optionally `month_cost`) month by month.
    ///
    /// `difference` = scenario − baseline children; `saving` = baseline − scenario month cost, with a running total.
    public init(baseline: Table, scenario: Table) throws(Diagnostic) {
        let a = try Self.columns(baseline), b = try Self.columns(scenario)
        let months = a.months.filter { b.months.contains($0) }
        guard !months.isEmpty else { throw Diagnostic("the two projections have no month in common") }
        var base: [Double] = [], alt: [Double] = []
        var baseCost: [Int64] = [], altCost: [Int64] = [], saving: [Int64] = [], cumulative: [Int64] = []
        var running: Int64 = 0
        for m in months {
            let i = a.months.firstIndex(of: m)!, j = b.months.firstIndex(of: m)!
            base.append(a.totals[i]); alt.append(b.totals[j])
            let x = a.costs?[i] ?? Column.missingInteger, y = b.costs?[j] ?? Column.missingInteger
            baseCost.append(x); altCost.append(y)
            let known = x != Column.missingInteger && y != Column.missingInteger
            if known { running += x - y }
            saving.append(known ? x - y : Column.missingInteger)
            cumulative.append(known ? running : Column.missingInteger)
        }
        var columns = [
            Column(name: "month", storage: .dates(months.map { Int64($0.number) })),
            Column(name: "baseline", storage: .numbers(base, percent: false)),
            Column(name: "scenario", storage: .numbers(alt, percent: false)),
            Column(name: "difference", storage: .numbers(zip(alt, base).map { Projection.tenth($0 - $1) }, percent: false)),
        ]
        if a.costs != nil && b.costs != nil {
            columns += [Column(name: "baseline_cost", storage: .money(baseCost)), Column(name: "scenario_cost", storage: .money(altCost)),
                        Column(name: "saving", storage: .money(saving)), Column(name: "cumulative_saving", storage: .money(cumulative))]
        }
        table = Table(columns: columns, rowCount: months.count, origin: "baseline against scenario")
    }

    private static func columns(_ t: Table) throws(Diagnostic) -> (months: [Day], totals: [Double], costs: [Int64]?) {
        guard let m = t.column(named: "month"), case let .dates(days) = m.storage,
              let total = t.column(named: "total"), case let .numbers(totals, _) = total.storage else {
            throw Diagnostic("expected a projection, with `month` and `total` columns")
        }
        var costs: [Int64]?
        if let c = t.column(named: "month_cost"), case let .money(p) = c.storage { costs = p }
        return (days.map { Day(number: Int32($0)) }, totals, costs)
    }
}

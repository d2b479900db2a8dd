/// A projection from a past date set against what the data then shows: how far to trust the model.
public struct Backtest: Sendable {
    public var projection: Projection
    /// Children counted in the data at each projected month end (after the start), by group.
    public var actual: [[Double]]

    public init(projection: Projection, data: CareDataSet) {
        self.projection = projection
        actual = StockFlowModel.actualByGroup(data, monthEnds: Array(projection.monthEnds.dropFirst()),
                                              groups: projection.model.groups.count)
    }

    /// Mean absolute error over the projected months for group `g` (nil: all groups' totals).
    public func meanAbsoluteError(group g: Int?) -> Double {
        let n = actual.count
        guard n > 0 else { return 0 }
        return (0..<n).reduce(0) { sum, k in
            let projected = projection.byGroup(k + 1)
            let p = g.map { projected[$0] } ?? projected.reduce(0, +)
            let a = g.map { actual[k][$0] } ?? actual[k].reduce(0, +)
            return sum + abs(p - a)
        } / Double(n)
    }

    /// One row per group with children, then a total row: mean actual, mean projected, mean absolute error and its share of the actual.
    public var byGroup: Table {
        let n = Double(max(1, actual.count))
        let groups = projection.groupsUsed.map(Optional.some) + [nil]
        var names = TextColumnBuilder()
        var meanActual: [Double] = [], meanProjected: [Double] = [], errors: [Double] = []
        for g in groups {
            names.append(g.map { projection.model.groups[$0] } ?? "Total")
            let a = actual.reduce(0) { sum, row in sum + (g.map { row[$0] } ?? row.reduce(0, +)) } / n
            let p = (1..<projection.monthEnds.count).reduce(0) { sum, k in
                let row = projection.byGroup(k)
                return sum + (g.map { row[$0] } ?? row.reduce(0, +))
            } / n
            meanActual.append(Projection.tenth(a)); meanProjected.append(Projection.tenth(p))
            errors.append(meanAbsoluteError(group: g))
        }
        return Table(columns: [
            Column(name: CohortView.Field.placementGroup.column, storage: names.storage),
            Column(name: "mean_actual", storage: .numbers(meanActual, percent: false)),
            Column(name: "mean_projected", storage: .numbers(meanProjected, percent: false)),
            Column(name: "mean_abs_error", storage: .numbers(errors.map { (($0 * 100).rounded()) / 100 }, percent: false)),
            Column(name: "error_share", storage: .numbers(zip(errors, meanActual).map { $1 > 0 ? $0 / $1 : .nan }, percent: true)),
        ], rowCount: groups.count, origin: "backtest from \(projection.model.start.iso)")
    }

    /// A record titled "backtest": summary, error by group, and projected against actual totals by month.
    public var record: Record {
        let ends = Array(projection.monthEnds.dropFirst())
        let mae = (meanAbsoluteError(group: nil) * 100).rounded() / 100
        return Record(title: "backtest", fields: [
            ("summary", .phrase(Phrase([.words("projected "), .quantity(ends.count, one: "month", many: "months"),
                                         .words(" from "), .date(projection.model.start),
                                         .words("; mean absolute error of the total "), .number(mae), .words(" children")]))),
            ("by_group", .table(byGroup)), ("months", .table(months)), ("method", .phrase(projection.method)),
        ])
    }

    /// Projected against actual totals at each month end after the start: month, actual, projected, error.
    public var months: Table {
        let ends = Array(projection.monthEnds.dropFirst())
        let projected = (1...ends.count).map { Projection.tenth(projection.total($0)) }
        let actualTotals = actual.map { $0.reduce(0, +) }
        return Table(columns: [
            Column(name: "month", storage: .dates(ends.map { Int64($0.number) })),
            Column(name: "actual", storage: .numbers(actualTotals, percent: false)),
            Column(name: "projected", storage: .numbers(projected, percent: false)),
            Column(name: "error", storage: .numbers(zip(projected, actualTotals).map { Projection.tenth($0 - $1) }, percent: false)),
        ], rowCount: ends.count, origin: "backtest totals")
    }
}

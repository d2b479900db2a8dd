extension Evaluator {
    /// `T by a, b [with n = agg(…)]`: one row per group with count and share, plus any aggregates.
    func group(_ table: Table, _ columns: [ColumnRef], _ aggregates: [NamedExpr]) throws -> Table {
        let keys = try indices(table, columns)
        let counted = table.counts(by: keys)
        guard !aggregates.isEmpty else { return counted }
        let sorted = table.sorted(by: keys.map { SortKey(column: $0, descending: false) })
        let groups = Self.runs(of: sorted, keys: keys)
        precondition(groups.count == counted.rowCount, "grouping and counting disagree")
        var result = counted
        let index = ColumnIndex(sorted)
        for item in aggregates {
            var values: [Value] = []
            for rows in groups {
                try Interruption.check()
                values.append(try evaluate(item.value, in: .group(sorted, rows, index)))
            }
            let tainted = sorted.isIdentifierRead(by: item.value, index)
            result = result.setting(try makeColumn(item.name, values, item.value.range).flagged(tainted))
        }
        return result
    }

    /// Consecutive rows with equal keys in a table already sorted by them.
    static func runs(of table: Table, keys: [Int]) -> [[Int]] {
        var groups: [[Int]] = []
        var current: [Int] = []
        for row in 0..<table.rowCount {
            if let first = current.first,
               !keys.allSatisfy({ table.columns[$0][first].isEqual(to: table.columns[$0][row]) }) {
                groups.append(current)
                current = []
            }
            current.append(row)
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }
}

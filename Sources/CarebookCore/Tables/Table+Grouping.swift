extension Table {
    /// One row per distinct combination of the key columns, in key order, with `count` and `share`.
    ///
    /// `share` is the group's fraction of all rows (a percent). Missing keys form
    /// their own group, shown as missing and sorted last.
    public func counts(by keys: [Int]) -> Table {
        let groups = GroupIndex(self, keys: keys)
        let sizes = (0..<groups.groupCount).map { Double(groups.offsets[$0 + 1] - groups.offsets[$0]) }
        let total = Double(rowCount)
        var result = keyColumns(keys, groups)
        result.append(Column(name: "count", storage: .numbers(sizes, percent: false)))
        result.append(Column(name: "share", storage: .numbers(sizes.map { total > 0 ? $0 / total : .nan }, percent: true)))
        return Table(columns: result, rowCount: groups.groupCount, origin: origin)
    }

    /// One row per distinct combination of the key columns, in key order, with a column per aggregate.
    ///
    /// With no keys, one row summarising the whole table. Fails, naming the
    /// column, when an aggregate does not apply to its column's type.
    public func grouped(by keys: [Int], aggregates: [Aggregate]) -> Result<Table, Diagnostic> {
        let groups = GroupIndex(self, keys: keys)
        var result = keyColumns(keys, groups)
        do {
            for a in aggregates {
                let summary = try ColumnSummary(a.function, column: a.column.map { columns[$0] })
                var values: [Value] = []
                values.reserveCapacity(groups.groupCount)
                for g in 0..<groups.groupCount { values.append(try summary.value(over: groups.rows(of: g))) }
                let levels = summary.resultType == .text ? summary.column?.levels : nil
                result.append(Column.build(name: a.name, type: summary.resultType, values: values, levels: levels))
            }
        } catch {
            return .failure(error)
        }
        return .success(Table(columns: result, rowCount: groups.groupCount, origin: origin))
    }

    /// The key columns of each group, read from the group's first row.
    private func keyColumns(_ keys: [Int], _ groups: GroupIndex) -> [Column] {
        let first = groups.firstRows
        return keys.map { columns[$0].gathering(first) }
    }
}

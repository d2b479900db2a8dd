/// The rows of a table split into groups by key columns, groups numbered in key order.
///
/// Group `g` holds `rows[offsets[g]..<offsets[g + 1]]`, in table order. Keys
/// sort as in `Table.sorted(by:)`, with missing keys as their own group, last.
struct GroupIndex {
    var groupCount: Int
    var offsets: [Int]
    var rows: [Int]

    /// Groups the rows of `table` by the columns `keys` (all rows in one group when `keys` is empty).
    init(_ table: Table, keys: [Int]) {
        var combined = [Int32](repeating: 0, count: table.rowCount)
        var count = table.rowCount > 0 ? 1 : 0
        for k in keys {
            let (codes, n) = table.columns[k].denseCodes()
            let pairs = (0..<table.rowCount).map { UInt64(combined[$0]) * UInt64(n) + UInt64(codes[$0]) }
            (combined, count) = Column.densify(pairs, bound: UInt64(count) * UInt64(n))
        }
        groupCount = count
        offsets = [Int](repeating: 0, count: count + 1)
        for g in combined { offsets[Int(g) + 1] += 1 }
        for g in 0..<count { offsets[g + 1] += offsets[g] }
        var next = offsets
        rows = [Int](repeating: 0, count: table.rowCount)
        for (row, g) in combined.enumerated() {
            rows[next[Int(g)]] = row
            next[Int(g)] += 1
        }
    }

    /// The rows of group `g`.
    func rows(of g: Int) -> ArraySlice<Int> { rows[offsets[g]..<offsets[g + 1]] }

    /// The first row of each group (to read its keys).
    var firstRows: [Int] { (0..<groupCount).map { rows[offsets[$0]] } }
}

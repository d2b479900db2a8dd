extension Table {
    /// The rows sorted by the keys in turn; stable, missing cells last in either direction.
    ///
    /// Text sorts by the column's `levels` when set, otherwise in natural order
    /// (digits by value, ignoring case).
    public func sorted(by keys: [SortKey]) -> Table {
        gathering(sortedRowIndices(by: keys))
    }

    /// The row indices in the order `sorted(by:)` puts them.
    public func sortedRowIndices(by keys: [SortKey]) -> [Int] {
        let keyArrays = keys.map { key in
            let ascending = columns[key.column].orderKeys()
            guard key.descending else { return ascending }
            return ascending.map { $0 == Column.missingKey ? $0 : (Column.missingKey - 1) - $0 }
        }
        if keyArrays.count == 1 {
            // Sorting (key, row) pairs in place keeps the keys next to the rows: far fewer cache misses.
            var pairs = keyArrays[0].enumerated().map { (key: $0.element, row: $0.offset) }
            pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.row < $1.row }
            return pairs.map(\.row)
        }
        var rows = Array(0..<rowCount)
        rows.sort { a, b in
            for k in keyArrays where k[a] != k[b] { return k[a] < k[b] }
            return a < b
        }
        return rows
    }
}

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
        var rows = Array(0..<rowCount)
        if keyArrays.count == 1 {
            let k = keyArrays[0]
            rows.sort { k[$0] != k[$1] ? k[$0] < k[$1] : $0 < $1 }
            return rows
        }
        rows.sort { a, b in
            for k in keyArrays where k[a] != k[b] { return k[a] < k[b] }
            return a < b
        }
        return rows
    }
}

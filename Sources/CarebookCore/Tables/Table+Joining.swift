extension Table {
    /// A left join: every row of this table, with the columns of `other` that are not already here,
    /// taken from the row of `other` whose `key` matches (missing when none does).
    ///
    /// The key must be a text or number column in both tables, of the same type,
    /// and unique in `other`; otherwise a diagnostic says which rule failed.
    public func joined(with other: Table, on key: String) -> Result<Table, Diagnostic> {
        guard let left = columnIndex(named: key) else {
            return .failure(.unknownName(key, what: "column", at: nil, candidates: columnNames))
        }
        guard let right = other.columnIndex(named: key) else {
            var missing = Diagnostic.unknownName(key, what: "column", at: nil, candidates: other.columnNames)
            missing.message = "no column `\(key)` in the table joined to"
            return .failure(missing)
        }
        let (l, r) = (columns[left], other.columns[right])
        guard l.type == r.type, l.type == .text || l.type == .number else {
            return .failure(Diagnostic("cannot join on `\(key)`: it is a \(l.type.rawValue) column here and "
                                       + "a \(r.type.rawValue) column in the other table (needs text or numbers in both)"))
        }
        var index: [String: Int] = [:]
        for row in 0..<other.rowCount where !r.isMissing(row) {
            let k = Self.joinKey(r[row])
            if index[k] != nil {
                return .failure(Diagnostic("cannot join on `\(key)`: `\(k)` appears more than once in the other table"))
            }
            index[k] = row
        }
        let matches = (0..<rowCount).map { l.isMissing($0) ? -1 : index[Self.joinKey(l[$0])] ?? -1 }
        var result = self
        for c in other.columns where columnIndex(named: c.name) == nil {
            result = result.setting(c.gathering(optional: matches))
        }
        return .success(result)
    }

    private static func joinKey(_ v: Value) -> String {
        switch v {
        case let .text(s): s
        case let .number(x): NumberText.plain(x)
        default: ""
        }
    }
}

/// Set operations on cohorts: `a and b`, `a or b`, `a minus b`, matched by child.
public enum CohortAlgebra {
    /// The column that identifies a child: `child` (any case), else the first column.
    static func keyColumn(_ t: Table) -> Int? {
        t.columnIndex(named: "child") ?? (t.columns.isEmpty ? nil : 0)
    }

    /// What `x in …` tests membership of: a list's items, or a table's children (its `child` column, else
    /// its first), as text, so `children_in_need() where child in looked_after()` matches the two returns by id.
    static func members(_ v: Value) -> [Value]? {
        switch v {
        case let .list(items): return items
        case let .table(t): return keyColumn(t).map { c in keys(t, c).map { .text($0) } }
        default: return nil
        }
    }

    static func keys(_ t: Table, _ column: Int) -> [String] {
        (0..<t.rowCount).map { key(t.columns[column][$0]) }
    }

    static func key(_ v: Value) -> String {
        switch v {
        case let .text(s): s
        case let .number(x): x == x.rounded() ? String(Int64(x)) : String(x)
        default: String(describing: v)
        }
    }

    /// Combines two tables; rows keep the left table's order, then the right's.
    public static func combine(_ op: BinaryOperator, _ a: Table, _ b: Table, at range: SourceRange) throws -> Table {
        guard let ka = keyColumn(a), let kb = keyColumn(b) else {
            throw Diagnostic("cannot combine empty tables", at: range)
        }
        let right = Set(keys(b, kb))
        let leftKeys = keys(a, ka)
        switch op {
        case .and:
            return a.gathering(leftKeys.indices.filter { right.contains(leftKeys[$0]) })
        case .minus:
            return a.gathering(leftKeys.indices.filter { !right.contains(leftKeys[$0]) })
        default:
            guard a.columnNames.map({ $0.lowercased() }) == b.columnNames.map({ $0.lowercased() }) else {
                throw Diagnostic("`or` needs tables with the same columns", at: range,
                                 hint: "select the same columns on both sides first")
            }
            let seen = Set(leftKeys)
            let rightKeys = keys(b, kb)
            let extra = rightKeys.indices.filter { !seen.contains(rightKeys[$0]) }
            return try append(a, b.gathering(extra), at: range)
        }
    }

    /// The rows of `b` after the rows of `a` (same column names, compatible types).
    public static func append(_ a: Table, _ b: Table, at range: SourceRange) throws -> Table {
        var columns: [Column] = []
        for (i, col) in a.columns.enumerated() {
            let values = (0..<a.rowCount).map { col[$0] } + (0..<b.rowCount).map { b.columns[i][$0] }
            switch Column.make(name: col.name, values: values) {
            case var .success(c):
                c.levels = col.levels
                c.isIdentifier = col.isIdentifier || b.columns[i].isIdentifier
                columns.append(c)
            case .failure:
                throw Diagnostic("column `\(col.name)` has different types on the two sides", at: range)
            }
        }
        return Table(columns: columns, rowCount: a.rowCount + b.rowCount, origin: a.origin)
    }
}

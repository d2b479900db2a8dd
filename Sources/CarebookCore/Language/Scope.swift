/// Where names are looked up while evaluating an expression.
///
/// At the top level names are session bindings; inside `where` and `with`
/// a row's columns come first; inside `by … with` aggregates see a group of rows.
public enum Scope {
    case session
    case row(Table, Int, ColumnIndex)
    case group(Table, [Int], ColumnIndex)
}

/// A name → column index lookup built once per clause, not once per row.
public struct ColumnIndex {
    private var map: [String: Int] = [:]
    private var lower: [String: Int] = [:]

    public init(_ table: Table) {
        for (i, name) in table.columnNames.enumerated() {
            if map[name] == nil { map[name] = i }
            let l = name.lowercased()
            if lower[l] == nil { lower[l] = i }
        }
    }

    public subscript(name: String) -> Int? {
        map[name] ?? lower[name.lowercased()]
    }
}

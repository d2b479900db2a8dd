/// The `chart` function: a line or bar chart of a table's columns.
///
/// It returns a `Value.chart`, read in the language as fields `kind` ("line" or "bar"), `title`, and
/// `data`: a table whose first column is the x axis (dates or categories) and whose other columns are
/// the series. The renderers draw it: text in the terminal, SVG in an HTML notebook.
public enum ChartBuiltins {
    public static var all: [Builtin] { [chart] }

    static let chart = Builtin(
        "chart", summary: "a line chart (dates along the x axis) or bar chart of a table's number columns",
        usage: "chart(T[, x: \"col\"][, y: \"col\" | [\"a\", \"b\"]][, kind: \"line\"|\"bar\"][, title: \"…\"])",
        example: "chart(lac by age_band, kind: \"bar\", title: \"Children looked after by age\")") { args in
        let table = try args.table(0, "table")
        let x = try xColumn(table, args)
        let ys = try seriesColumns(table, x: x, args)
        let kind = try chartKind(args, default: table.columns[x].type == .date ? .line : .bar)
        let title = try args.optional(99, "title").map { _ in try args.text(99, "title") } ?? ""
        let data = table.selecting([x] + ys)
        return .chart(Chart(kind: kind, title: title, data: Table(columns: data.columns, rowCount: data.rowCount, origin: "chart")))
    }

    /// The `x:` column, else the first date or text column, else the first column.
    static func xColumn(_ table: Table, _ args: CallArguments) throws -> Int {
        guard !table.columns.isEmpty else { throw Diagnostic("`chart` needs a table with columns", at: args.range) }
        if let (v, r) = args.optional(99, "x") {
            guard case let .text(name) = v else { throw args.wrongKind(v, r, "a column name in quotes") }
            return try column(name, table, r)
        }
        return table.columns.firstIndex { $0.type == .date || $0.type == .text } ?? 0
    }

    /// The `y:` columns, else every number, percent and money column except the x column.
    static func seriesColumns(_ table: Table, x: Int, _ args: CallArguments) throws -> [Int] {
        let numeric: Set<ColumnType> = [.number, .percent, .money]
        var ys: [Int]
        if let (v, r) = args.optional(99, "y") {
            let names: [Value] = if case let .list(items) = v { items } else { [v] }
            ys = try names.map { item in
                guard case let .text(name) = item else { throw args.wrongKind(item, r, "a column name in quotes, or a list of them") }
                let c = try column(name, table, r)
                guard numeric.contains(table.columns[c].type) else {
                    throw Diagnostic("column `\(name)` holds \(table.columns[c].type.rawValue), not numbers to chart", at: r)
                }
                return c
            }
        } else {
            ys = table.columns.indices.filter { $0 != x && numeric.contains(table.columns[$0].type) }
        }
        guard !ys.isEmpty else {
            throw Diagnostic("`chart` found no number, percent or money column to draw", at: args.range,
                             hint: "columns are: " + table.columnNames.joined(separator: ", "))
        }
        return ys
    }

    static func column(_ name: String, _ table: Table, _ r: SourceRange) throws -> Int {
        guard let c = table.columnIndex(named: name) else {
            throw Diagnostic.unknownName(name, what: "column", at: r, candidates: table.columnNames)
        }
        return c
    }

    static func chartKind(_ args: CallArguments, default kind: Chart.Kind) throws -> Chart.Kind {
        guard let (v, r) = args.optional(99, "kind") else { return kind }
        guard case let .text(k) = v, let parsed = Chart.Kind(rawValue: k) else { throw args.wrongKind(v, r, "\"line\" or \"bar\"") }
        return parsed
    }
}

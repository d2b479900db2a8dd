/// The cells of a table as display text, with the rows and columns chosen to fit the options.
struct TableLayout {
    /// Column headers as shown: names with `_` as spaces.
    var headers: [String]
    /// Whether each column is right-aligned (numbers, percents, money, durations).
    var rightAligned: [Bool]
    /// Displayed rows of cell text; `nil` is the `…` row between head and tail.
    var rows: [[String]?]
    /// Rows of the table not displayed.
    var hiddenRows = 0
    /// Names of columns dropped to fit the width, in table order.
    var hiddenColumns: [String] = []
    /// Each shown column's width in display columns.
    var widths: [Int] = []
    /// The width notes are wrapped to, when the width is limited.
    var maxWidth: Int?

    /// The most display columns one cell may take when the width is limited.
    static let cellLimit = 40

    init(_ table: Table, options: RenderOptions) {
        headers = table.columnNames.map { $0.replacingUnderscores() }
        rightAligned = table.columns.indices.map { c in
            [.number, .percent, .money, .duration].contains(table.columns[c].type) && !table.hasRowUnits(c)
        }
        rows = Self.chooseRows(table.rowCount, maxRows: options.maxRows).map { row in
            row.map { r in table.columns.indices.map { Self.clean(table.shownCell(row: r, column: $0)) } }
        }
        hiddenRows = table.rowCount - rows.compactMap { $0 }.count
        maxWidth = options.maxWidth
        if let maxWidth = options.maxWidth { fit(to: maxWidth, table: table) } else { measure() }
    }

    /// The rows to show: all, or the first `maxRows - 3`, a gap (nil) and the last two.
    static func chooseRows(_ count: Int, maxRows: Int?) -> [Int?] {
        guard let maxRows, count > maxRows else { return Array(0..<count) }
        guard maxRows >= 4 else { return Array(0..<max(0, maxRows)) }
        return Array(0..<(maxRows - 3)) + [nil] + [count - 2, count - 1]
    }

    /// Cell text on one line: line breaks shown as `↵`, tabs as spaces.
    static func clean(_ s: String) -> String {
        guard s.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" }) else { return s }
        return String(s.map { $0 == "\t" ? " " : ($0.isNewline ? "↵" : $0) })
    }

    private mutating func measure() {
        widths = headers.indices.map { c in
            rows.reduce(max(1, DisplayWidth.of(headers[c]))) { w, row in max(w, row.map { DisplayWidth.of($0[c]) } ?? 1) }
        }
    }

    /// Truncates long cells and drops columns from the right until the table fits `maxWidth`.
    private mutating func fit(to maxWidth: Int, table: Table) {
        let limit = max(1, min(Self.cellLimit, maxWidth - 2))
        cut(to: limit)
        measure()
        var kept = widths.count, total = widths.reduce(0) { $0 + $1 + 3 } - 1
        while kept > 1, total > maxWidth {
            kept -= 1
            total -= widths[kept] + 3
        }
        hiddenColumns = Array(table.columnNames[kept...])
        headers = Array(headers[..<kept]); rightAligned = Array(rightAligned[..<kept]); widths = Array(widths[..<kept])
        rows = rows.map { $0.map { Array($0[..<kept]) } }
    }

    private mutating func cut(to limit: Int) {
        headers = headers.map { DisplayWidth.truncate($0, to: limit) }
        rows = rows.map { $0?.map { DisplayWidth.truncate($0, to: limit) } }
    }

    /// The lines saying what was left out, if anything, wrapped to the width (continuations indented by two).
    var notes: [String] {
        sentences.flatMap { TextLayout.lines($0, width: maxWidth) }
    }

    /// What was left out, one sentence per kind.
    private var sentences: [String] {
        var notes: [String] = []
        if hiddenRows > 0 {
            let all = hiddenRows + rows.compactMap { $0 }.count
            notes.append("… \(Self.count(hiddenRows)) more \(hiddenRows == 1 ? "row" : "rows") not shown "
                         + "(\(Self.count(all)) in all): use top N, or :mode csv")
        }
        if !hiddenColumns.isEmpty {
            let n = hiddenColumns.count
            notes.append("… \(n) more \(n == 1 ? "column" : "columns") not shown "
                         + "(\(hiddenColumns.joined(separator: ", "))): use select, or :mode csv")
        }
        return notes
    }

    private static func count(_ n: Int) -> String { NumberText.grouped(n) }
}

extension String {
    /// Column names as headers: `age_band` → `age band`.
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}

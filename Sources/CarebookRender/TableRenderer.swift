/// Prints tables: aligned box-drawn columns, CSV, or a Markdown pipe table.
///
/// ```
///  age band │ children │ share
/// ──────────┼──────────┼───────
///  Under 1  │       34 │  6.5%
/// ```
/// Numbers, money, percents and durations are right-aligned; text, dates and
/// booleans left-aligned; missing cells blank. With `maxWidth` or `maxRows`
/// set, what does not fit is left out and a final line says so.
public enum TableRenderer {
    /// The table in the options' mode (csv and markdown show every row and column).
    public static func render(_ table: Table, options: RenderOptions = RenderOptions()) -> String {
        switch options.mode {
        case .table: box(table, options: options)
        case .csv: CSVWriter.write(table)
        case .markdown: ([markdown(table)] + table.legends).joined(separator: "\n\n")
        }
    }

    static func box(_ table: Table, options: RenderOptions) -> String {
        if table.columns.isEmpty { return "(no columns)" }
        let layout = TableLayout(table, options: options)
        var header = line(layout.headers, layout)
        if options.color { header = "\u{1B}[1m" + header + "\u{1B}[0m" }
        var lines = [header, layout.widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: "┼")]
        for row in layout.rows {
            lines.append(line(row ?? Array(repeating: "…", count: layout.widths.count), layout))
        }
        if table.rowCount == 0 { lines.append("(no rows)") }
        return (lines + layout.notes + table.legends(hiding: layout.hiddenColumns).flatMap { TextLayout.lines($0, width: options.maxWidth) }).joined(separator: "\n")
    }

    /// One line of cells, padded and aligned, trailing spaces removed.
    private static func line(_ cells: [String], _ layout: TableLayout) -> String {
        var parts: [String] = []
        for (c, cell) in cells.enumerated() {
            parts.append(" " + DisplayWidth.pad(cell, to: layout.widths[c], rightAligned: layout.rightAligned[c]) + " ")
        }
        var text = parts.joined(separator: "│")
        while text.last == " " { text.removeLast() }
        return text
    }
}

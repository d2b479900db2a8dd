/// A wide table of figures by date — a projection's months, one column per placement group —
/// shown in a report as a line chart of its counts and a compact table, not a table too wide for the page.
enum NotebookSeries {
    /// Tables with more columns than this are wide.
    static let wideColumns = 5

    /// The chart and the compact table for `table`; nil when it is not a wide table of figures by date.
    ///
    /// The chart draws the total and the largest count columns its legend has room for; the compact table keeps the dates, the `total` (else the
    /// last count) and every column that is not a count (money, text).
    static func split(_ table: Table) -> (chart: Chart, compact: Table)? {
        guard table.columns.count > wideColumns, table.rowCount > 1, let dates = table.columns.first,
              dates.type == .date else { return nil }
        let counts = table.columns.dropFirst().filter { $0.type == .number }
        guard counts.count >= 2 else { return nil }
        let kept = counts.last { $0.name == "total" } ?? counts.last!
        let drawn = legible(counts, total: kept, rows: table.rowCount)
        let note = drawn.count < counts.count
            ? "\(drawn.count) of the \(counts.count) columns drawn: \(kept.name) and the largest at the end" : nil
        let data = Table(columns: [dates] + drawn, rowCount: table.rowCount)
        let chart = Chart(kind: .line, title: "By \(dates.name)", data: data, note: note)
        let compact = [dates] + table.columns.dropFirst().filter { $0.type != .number || $0.name == kept.name }
        return (chart, Table(columns: compact, rowCount: table.rowCount, origin: table.origin))
    }

    /// The columns a chart can show legibly: `total` first, then the largest at the last row, while
    /// there are colours (`SVGChart.palette`) and the one-row legend fits the chart's width.
    static func legible(_ counts: [Column], total: Column, rows: Int) -> [Column] {
        let last = { (c: Column) in chartValue(c[rows - 1]) }
        let others = counts.filter { $0.name != total.name }.sorted { last($0) > last($1) }
        var drawn: [Column] = [], x = 16.0
        for column in [total] + others {
            let step = 17 + Double(column.name.count) * 7 + 20
            guard drawn.count < SVGChart.palette.count, x + step - 20 <= SVGChart.width - 16 else { break }
            drawn.append(column)
            x += step
        }
        return drawn
    }

    /// A count cell as the chart draws it (0 for a gap).
    private static func chartValue(_ v: Value) -> Double {
        if case let .number(x) = v, x.isFinite { return x }
        return 0
    }
}

/// A wide table of figures by date — a projection's months, one column per placement group —
/// shown in a report as a line chart of its counts and a compact table, not a table too wide for the page.
enum NotebookSeries {
    /// Tables with more columns than this are wide.
    static let wideColumns = 5

    /// The chart and the compact table for `table`; nil when it is not a wide table of figures by date.
    ///
    /// The chart draws every count column; the compact table keeps the dates, the `total` (else the
    /// last count) and every column that is not a count (money, text).
    static func split(_ table: Table) -> (chart: Chart, compact: Table)? {
        guard table.columns.count > wideColumns, table.rowCount > 1, let dates = table.columns.first,
              dates.type == .date else { return nil }
        let counts = table.columns.dropFirst().filter { $0.type == .number }
        guard counts.count >= 2 else { return nil }
        let data = Table(columns: [dates] + counts, rowCount: table.rowCount)
        guard let chart = Chart(record: Record(title: Chart.recordTitle,
                                               fields: [("kind", .text("line")), ("title", .text("")), ("data", .table(data))]))
        else { return nil }
        let kept = counts.last { $0.name == "total" } ?? counts.last!
        let compact = [dates] + table.columns.dropFirst().filter { $0.type != .number || $0.name == kept.name }
        return (chart, Table(columns: compact, rowCount: table.rowCount, origin: table.origin))
    }
}

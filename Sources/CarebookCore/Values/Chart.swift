/// A line or bar chart: a table whose first column labels the x axis and whose other columns are the series.
///
/// The language's `chart(…)` returns it as `Value.chart`; CarebookRender draws it in the terminal
/// (`ChartText`) and in an HTML notebook (`SVGChart`) from the same numbers. In the language it
/// reads as a record with the fields `kind`, `title`, `data` and `note` (`fields`).
public struct Chart: Sendable {
    public enum Kind: String, Sendable { case line, bar }

    /// One series: its name, its unit (the column type), and a value per label (nil is a gap).
    public struct Series: Sendable {
        public var name: String
        public var type: ColumnType
        public var values: [Double?]
    }

    public var kind: Kind
    public var title: String
    /// The x-axis labels (first column, dates or categories) and the series (the number, percent and money columns after it).
    public private(set) var data: Table
    /// The x-axis labels: dates (month ticks) or text (read from `data` once).
    public private(set) var labels: [Value]
    /// The series drawn: each number, percent or money column after the first (read from `data` once).
    public private(set) var series: [Series]
    /// A remark drawn under the chart, such as "values below 5 suppressed".
    public var note: String?

    public init(kind: Kind, title: String, data: Table, note: String? = nil) {
        self.kind = kind
        self.title = title
        self.data = data
        self.note = note
        labels = data.columns.first.map { first in (0..<data.rowCount).map { first[$0] } } ?? []
        series = data.columns.dropFirst().compactMap { column in
            guard Self.seriesTypes.contains(column.type) else { return nil }
            return Series(name: column.name, type: column.type, values: (0..<data.rowCount).map { Self.double(column[$0]) })
        }
    }

    /// The same chart drawn from other data (the same columns screened or suppressed).
    public func with(data: Table) -> Chart {
        Chart(kind: kind, title: title, data: data, note: note)
    }

    /// The x-axis name (the first column's name).
    public var axis: String { data.columns.first?.name ?? "" }

    /// The column types a series can have.
    public static let seriesTypes: Set<ColumnType> = [.number, .percent, .money]

    static func double(_ v: Value) -> Double? {
        switch v {
        case let .number(x), let .percent(x): x.isFinite ? x : nil
        case let .money(m): m.pounds
        default: nil
        }
    }

    /// The chart with every series value for which `blank` is true made a gap (an empty cell).
    public func blanking(where blank: (Double) -> Bool) -> Chart {
        var blanked = data
        for column in data.columns.dropFirst() where Self.seriesTypes.contains(column.type) {
            var c = column
            switch column.storage {
            case let .numbers(xs, percent): c.storage = .numbers(xs.map { $0.isFinite && blank($0) ? .nan : $0 }, percent: percent)
            case let .money(ps): c.storage = .money(ps.map { $0 != Column.missingInteger && blank(Double($0) / 100) ? Column.missingInteger : $0 })
            default: continue
            }
            blanked = blanked.setting(c)
        }
        return with(data: blanked)
    }

    /// The chart as the language sees it: `kind`, `title`, `data` and, when set, `note`.
    public var fields: Record {
        var fields: [(name: String, value: Value)] = [("kind", .text(kind.rawValue)), ("title", .text(title)), ("data", .table(data))]
        if let note { fields.append(("note", .text(note))) }
        return Record(title: "chart", fields: fields)
    }

    /// The chart with a field set from the language: `title` and `note` take text.
    public func setting(_ field: String, _ value: Value) -> Result<Chart, Diagnostic> {
        var copy = self
        switch (field, value) {
        case let ("title", .text(s)): copy.title = s
        case let ("note", .text(s)): copy.note = s
        case ("note", .missing): copy.note = nil
        case ("title", _), ("note", _):
            return .failure(Diagnostic("a chart's `\(field)` is text, not \(value.kind.withArticle)"))
        default:
            return .failure(Diagnostic("only a chart's `title` and `note` can be set, not `\(field)`"))
        }
        return .success(copy)
    }
}

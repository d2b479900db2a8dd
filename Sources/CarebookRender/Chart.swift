/// A line or bar chart: labels along the x axis and one or more series of numbers.
///
/// The language's `chart(…)` returns it as a `Record` titled "chart" (fields `kind`, `title`,
/// `data` — a table whose first column holds the labels and whose other columns are the
/// series — and `note`); `ValueFormatter` draws it in the terminal (`ChartText`) and the HTML
/// notebook as SVG (`SVGChart`), from the same numbers.
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
    /// The x-axis name (the first column's name).
    public var axis: String
    /// The x-axis labels: dates (month ticks) or text.
    public var labels: [Value]
    public var series: [Series]
    /// A remark drawn under the chart, such as "values below 5 suppressed".
    public var note: String?

    public static let recordTitle = "chart"

    /// Reads a chart record; nil when the record is not a well-formed chart.
    public init?(record: Record) {
        guard record.title == Self.recordTitle, case let .text(k)? = record["kind"], let kind = Kind(rawValue: k),
              case let .table(data)? = record["data"], let first = data.columns.first else { return nil }
        self.kind = kind
        if case let .text(t)? = record["title"] { title = t } else { title = "" }
        if case let .text(n)? = record["note"] { note = n }
        axis = first.name
        labels = (0..<data.rowCount).map { first[$0] }
        series = data.columns.dropFirst().compactMap { column in
            guard [.number, .percent, .money].contains(column.type) else { return nil }
            return Series(name: column.name, type: column.type, values: (0..<data.rowCount).map { Self.double(column[$0]) })
        }
    }

    static func double(_ v: Value) -> Double? {
        switch v {
        case let .number(x), let .percent(x): x.isFinite ? x : nil
        case let .money(m): m.pounds
        default: nil
        }
    }

    /// True when the labels are dates (the x axis then has month ticks).
    public var hasDates: Bool {
        labels.contains { if case .date = $0 { true } else { false } }
    }

    /// The days of the labels when every label is a date and the chart is a line chart: the x axis
    /// is then a time scale, so uneven gaps between dates show as uneven gaps.
    public var days: [Int]? {
        guard kind == .line, !labels.isEmpty else { return nil }
        var out: [Int] = []
        for label in labels {
            guard case let .date(d) = label else { return nil }
            out.append(Int(d.number))
        }
        return out
    }

    /// Where label `i` sits along the x axis, from 0 to 1: by date on a time scale, else by position.
    public func fraction(_ i: Int) -> Double {
        if let days, let first = days.min(), let last = days.max() {
            return last == first ? 0.5 : Double(days[i] - first) / Double(last - first)
        }
        return labels.count <= 1 ? 0.5 : Double(i) / Double(labels.count - 1)
    }

    /// The chart as the language's record.
    public var record: Record {
        var columns = [Column.make(name: axis, values: labels).successValue ?? Column(name: axis, storage: .text(codes: [], dictionary: []))]
        for s in series {
            let storage: Column.Storage = s.type == .money
                ? .money(s.values.map { $0.map { Int64(($0 * 100).rounded()) } ?? Column.missingInteger })
                : .numbers(s.values.map { $0 ?? .nan }, percent: s.type == .percent)
            columns.append(Column(name: s.name, storage: storage))
        }
        var fields: [(name: String, value: Value)] = [("kind", .text(kind.rawValue)), ("title", .text(title)),
                                                      ("data", .table(Table(columns: columns, rowCount: labels.count)))]
        if let note { fields.append(("note", .text(note))) }
        return Record(title: Self.recordTitle, fields: fields)
    }

    /// A label as text: dates as `Jun 2017`, other values as in a table cell.
    public func labelText(_ i: Int) -> String {
        if case let .date(d) = labels[i] { return d.monthYear }
        return ValueFormatter.cell(labels[i])
    }

    /// A value of a series as text, in its unit.
    public static func format(_ x: Double, _ type: ColumnType) -> String {
        switch type {
        case .money: Money(pence: Int64((x * 100).rounded())).formatted()
        case .percent: ValueFormatter.percent(x, alwaysDecimal: false)
        default: ValueFormatter.number(x)
        }
    }
}

extension Result {
    var successValue: Success? { if case let .success(v) = self { v } else { nil } }
}

extension Value {
    /// A short one-line form for messages ("left side is £3,712"); results are rendered by CarebookRender.
    public var brief: String {
        switch self {
        case let .number(x): NumberText.brief(x)
        case let .percent(p): NumberText.briefPercent(p)
        case let .money(m): m.formatted()
        case let .date(d): d.iso
        case let .duration(d): d.description
        case let .text(s): "\"\(s)\""
        case let .phrase(p): "\"\(p.text)\""
        case let .bool(b): b ? "true" : "false"
        case let .list(items): "[" + items.prefix(8).map(\.brief).joined(separator: ", ") + (items.count > 8 ? ", …]" : "]")
        case let .table(t): "a table of \(NumberText.counted(t.rowCount, "row"))"
        case let .record(r): "a \(r.title)"
        case .chart: "a chart"
        case .plan: "a plan"
        case .projection: "a projection"
        case .backtest: "a backtest"
        case let .indicator(i): "an indicator reading (\(i.result.id))"
        case .missing: "empty"
        }
    }
}

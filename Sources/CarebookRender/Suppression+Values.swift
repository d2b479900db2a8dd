extension Suppression {
    /// Any value as published: tables through `apply(to: Table)`, records and lists field by field,
    /// a small whole number as `c`, a percentage rounded; a chart's small counts become gaps.
    public func apply(to value: Value) -> Value {
        switch value {
        case let .number(x): isSmall(x) ? .text(Suppression.mark) : value
        case let .percent(x): .percent(rounded(percent: x))
        case let .table(t): .table(apply(to: t))
        case let .list(items): .list(items.map { apply(to: $0) })
        case let .chart(c): .chart(apply(to: c))
        case .plan, .projection, .backtest, .indicator: apply(to: .record(value.shownRecord!))
        case let .record(r): .record(Record(title: r.title, fields: r.fields.map { ($0.name, apply(to: $0.value)) }, keys: r.keys))
        default: value
        }
    }

    /// A chart with every small count in its series replaced by an empty value (drawn as a gap).
    func apply(to chart: Chart) -> Chart {
        var out = chart.blanking(where: isSmall)
        out.note = [chart.note, "values below \(threshold) suppressed"].compactMap { $0 }.joined(separator: "; ")
        return out
    }
}

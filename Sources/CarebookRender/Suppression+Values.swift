extension Suppression {
    /// Any value as published: tables through `apply(to: Table)`, records and lists field by field,
    /// a small whole number as `c`, a percentage rounded; a chart's small counts become gaps.
    public func apply(to value: Value) -> Value {
        switch value {
        case let .number(x): isSmall(x) ? .text(Suppression.mark) : value
        case let .percent(x): .percent(rounded(percent: x))
        case let .table(t): .table(apply(to: t))
        case let .phrase(p): .phrase(apply(to: p))
        case let .list(items): .list(items.map { apply(to: $0) })
        case let .chart(c): .chart(apply(to: c))
        case let .indicator(reading): apply(to: reading)
        case .plan, .projection, .backtest: apply(to: .record(value.shownRecord!))
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

    /// An indicator reading as published: titled by its id and name only (its figures are in its fields,
    /// suppressed like any record's), and its value `c` when worked out from a small numerator or denominator.
    func apply(to reading: IndicatorReading) -> Value {
        let r = reading.result
        var record = reading.record
        record.title = "\(r.id) \(r.name)"
        if isSmall(r.numerator) || (r.denominator.map(isSmall) ?? false) {
            record.fields = record.fields.map { $0.name == "value" ? ($0.name, .text(Suppression.mark)) : $0 }
        }
        return apply(to: .record(record))
    }
}

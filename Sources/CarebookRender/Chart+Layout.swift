import CarebookCore

/// Where a chart's labels sit and how its values read, shared by the terminal (`ChartText`) and SVG (`SVGChart`) drawings.
extension Chart {
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
        let count = labels.count
        if let days, let first = days.min(), let last = days.max() {
            return last == first ? 0.5 : Double(days[i] - first) / Double(last - first)
        }
        return count <= 1 ? 0.5 : Double(i) / Double(count - 1)
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
        case .percent: NumberText.percent(x, alwaysDecimal: false)
        default: NumberText.number(x)
        }
    }
}

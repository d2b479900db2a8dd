/// Turns any value into the text the user sees.
///
/// Numbers with thousands separators and at most two decimals, percents to one
/// decimal, money as `£3,712`, dates ISO, text as is (quoted inside lists),
/// records as one `name: value` line per field, tables through `TableRenderer`.
public enum ValueFormatter {
    /// A value printed on its own (at the prompt, or under a statement in a script).
    public static func text(_ value: Value, options: RenderOptions = RenderOptions()) -> String {
        switch value {
        case let .text(s): s
        case let .phrase(p): p.text
        case .missing: "(empty)"
        case let .percent(x): NumberText.percent(x, alwaysDecimal: false)
        case let .list(items): list(items)
        case let .table(t): TableRenderer.render(t, options: options)
        case let .chart(c): ChartText.render(c, width: options.maxWidth)
        case let .record(r): record(r, options: options)
        case .plan, .projection, .backtest, .indicator: record(value.shownRecord!, options: options)
        default: scalar(value)
        }
    }

    /// A value in a table cell: percents always with one decimal, missing blank.
    public static func cell(_ value: Value) -> String {
        switch value {
        case let .percent(x): NumberText.percent(x, alwaysDecimal: true)
        case .missing: ""
        case let .text(s): s
        case let .phrase(p): p.text
        default: scalar(value)
        }
    }

    /// Numbers, money, dates, durations and booleans, the same everywhere.
    static func scalar(_ value: Value) -> String {
        switch value {
        case let .number(x): NumberText.number(x)
        case let .percent(x): NumberText.percent(x, alwaysDecimal: false)
        case let .money(m): m.formatted()
        case let .date(d): d.iso
        case let .duration(d): d.description
        case let .bool(b): b ? "true" : "false"
        case let .text(s): quote(s)
        case let .phrase(p): quote(p.text)
        case .missing: "(empty)"
        case let .list(items): list(items)
        case let .table(t): "(table: \(NumberText.number(Double(t.rowCount)))" + (t.rowCount == 1 ? " row)" : " rows)")
        case let .record(r): "(" + (r.title.isEmpty ? "record" : r.title) + ")"
        case .chart: "(chart)"
        case .plan, .projection, .backtest, .indicator: "(" + value.shownRecord!.title + ")"
        }
    }

    /// `["a", 2, £5]`.
    static func list(_ items: [Value]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }

    /// Text in double quotes, with `"` and `\` escaped.
    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out + "\""
    }

    /// The title, then one `name: value` line per field indented by two; tables and records below their name.
    static func record(_ r: Record, options: RenderOptions) -> String {
        let indent = r.title.isEmpty ? "" : "  "
        var lines: [String] = r.title.isEmpty ? [] : [r.title]
        for (name, value) in r.fields {
            switch value {
            case .table, .record, .chart, .plan, .projection, .backtest, .indicator:
                lines.append(indent + name + ":")
                var inner = options       // the block is indented: it must still fit the width
                inner.maxWidth = options.maxWidth.map { max(1, $0 - indent.count - 2) }
                let block = text(value, options: inner)
                lines += block.split(separator: "\n", omittingEmptySubsequences: false).map { indent + "  " + $0 }
            default:
                // A long one-line value (a plan's rounding rule) wraps within the width, under its name.
                let shown = name + ": " + text(value, options: options)
                let width = shown.contains("\n") ? nil : options.maxWidth.map { max(1, $0 - indent.count) }
                lines += TextLayout.lines(shown, width: width).map { indent + $0 }
            }
        }
        return (lines + r.legends.flatMap { TextLayout.lines($0, width: options.maxWidth) }).joined(separator: "\n")
    }
}

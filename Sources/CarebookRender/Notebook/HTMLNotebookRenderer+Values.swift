extension HTMLNotebookRenderer {
    /// A value as HTML: tables, records as field lists, charts as SVG, scalars as a figure.
    static func value(_ value: Value) -> String {
        switch value {
        case let .table(t): return table(t)
        case let .chart(chart): return SVGChart.render(chart)
        case let .record(r): return record(r)
        case .plan, .projection, .backtest, .indicator: return record(value.shownRecord!)
        case let .text(s): return "<pre class=\"output\">" + HTMLText.escape(s) + "</pre>"
        case let .phrase(p): return phrase(p)
        case .list, .missing: return "<pre class=\"output\">" + HTMLText.escape(ValueFormatter.text(value)) + "</pre>"
        default: return "<p class=\"value\">" + HTMLText.escape(ValueFormatter.text(value)) + "</p>"
        }
    }

    /// A table with numeric columns right-aligned; long ones scroll on screen and print in full.
    static func table(_ t: Table) -> String {
        guard !t.columns.isEmpty else { return "<p class=\"empty\">(no columns)</p>" }
        let layout = NotebookTable(t)
        let short = layout.headers.indices.map { c in layout.rows.allSatisfy { DisplayWidth.of($0[c]) <= NotebookTable.shortText } }
        let kind = { (c: Int) in
            layout.rightAligned[c] ? "num" : t.columns[c].type == .date ? "date" : short[c] ? "short" : nil
        }
        let cls = { (c: Int) in kind(c).map { " class=\"\($0)\"" } ?? "" }
        // A one-word header with a hyphen (`May-19`) is kept whole; headers of several words may wrap.
        let headerCls = { (c: Int) -> String in
            let h = layout.headers[c]
            guard h.contains("-"), !h.contains(" ") else { return cls(c) }
            return " class=\"" + ([kind(c), "word"].compactMap { $0 }.joined(separator: " ")) + "\""
        }
        var out = ["<div class=\"table-wrap" + (layout.rows.count > 25 ? " long" : "") + "\">", "<table>", "<thead><tr>"]
        out.append(layout.headers.indices.map { "<th\(headerCls($0))>" + HTMLText.escape(layout.headers[$0]) + "</th>" }.joined())
        out.append("</tr></thead>")
        out.append("<tbody>")
        for row in layout.rows {
            out.append("<tr>" + row.indices.map { "<td\(cls($0))>" + HTMLText.escape(row[$0]) + "</td>" }.joined() + "</tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        out.append("</div>")
        let count = NumberText.counted(t.rowCount, "row")
        out.append("<p class=\"table-note\">" + HTMLText.escape(layout.note ?? count) + "</p>")
        out += t.legends.map { "<p class=\"table-note\">" + HTMLText.escape($0) + "</p>" }
        return out.joined(separator: "\n")
    }

    /// Lines of text as a list: a line indented by two or more spaces belongs to the list under the line before.
    static func list(_ text: String) -> String {
        var out = ["<ul class=\"lines\">"], open = false
        for line in text.split(separator: "\n").map(String.init) {
            let item = "<li>" + HTMLText.escape(line.trimmingLeadingSpaces())
            if line.hasPrefix("  ") {
                out.append((open ? "" : "<ul>") + item + "</li>")
                open = true
            } else {
                if open { out.append("</ul></li>") } else if out.count > 1 { out[out.count - 1] += "</li>" }
                out.append(item)
                open = false
            }
        }
        if open { out.append("</ul></li>") } else if out.count > 1 { out[out.count - 1] += "</li>" }
        out.append("</ul>")
        return out.joined(separator: "\n")
    }

    /// A record: its title, then a two-column list of fields; tables and records nested beneath their name.
    static func record(_ r: Record) -> String {
        var out = ["<div class=\"record\">"]
        if !r.title.isEmpty { out.append("<p class=\"record-title\">" + HTMLText.escape(r.title) + "</p>") }
        var simple: [String] = []
        func flush() {
            guard !simple.isEmpty else { return }
            out.append("<table class=\"fields\"><tbody>\n" + simple.joined(separator: "\n") + "\n</tbody></table>")
            simple = []
        }
        for (name, v) in r.fields {
            let label = HTMLText.escape(name.replacingUnderscores())
            switch v {
            case let .table(t):
                flush()
                out.append("<p class=\"field-name\">" + label + "</p>")
                if let (chart, compact) = NotebookSeries.split(t) {
                    out.append(SVGChart.render(chart))
                    out.append(table(compact))
                } else {
                    out.append(table(t))
                }
            case .record, .chart, .plan, .projection, .backtest, .indicator:
                flush()
                out.append("<p class=\"field-name\">" + label + "</p>")
                out.append(value(v))
            case let .text(text) where text.contains("\n"):
                flush()
                out.append("<p class=\"field-name\">" + label + "</p>")
                out.append(list(text))
            case let .phrase(p) where p.lines.count > 1:
                flush()
                out.append("<p class=\"field-name\">" + label + "</p>")
                out.append(list(p.text))
            default:
                let num = [.number, .percent, .money, .duration].contains(v.kind) ? " class=\"num\"" : ""
                simple.append("<tr><th>" + label + "</th><td\(num)>" + HTMLText.escape(ValueFormatter.text(v)) + "</td></tr>")
            }
        }
        flush()
        out += r.legends.map { "<p class=\"table-note\">" + HTMLText.escape($0) + "</p>" }
        out.append("</div>")
        return out.joined(separator: "\n")
    }
}

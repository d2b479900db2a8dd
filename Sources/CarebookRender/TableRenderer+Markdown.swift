extension TableRenderer {
    /// A GitHub pipe table of every row: `|` and raw HTML escaped, line breaks as `<br>`, `---:` on right-aligned columns.
    static func markdown(_ table: Table) -> String {
        if table.columns.isEmpty { return "" }
        return markdown(headers: table.columnNames.map { $0.replacingUnderscores() },
                        rightAligned: table.columns.indices.map {
                            [.number, .percent, .money, .duration].contains(table.columns[$0].type) && !table.hasRowUnits($0)
                        },
                        rows: (0..<table.rowCount).map { r in table.columns.indices.map { table.shownCell(row: r, column: $0) } })
    }

    /// A GitHub pipe table of cells already in text (escaped here).
    static func markdown(headers: [String], rightAligned right: [Bool], rows: [[String]]) -> String {
        let headers = headers.map(escape)
        let rows = rows.map { $0.map(escape) }
        let widths = headers.indices.map { c in
            rows.reduce(max(3, DisplayWidth.of(headers[c]))) { max($0, DisplayWidth.of($1[c])) }
        }
        func line(_ cells: [String]) -> String {
            "| " + cells.indices.map { DisplayWidth.pad(cells[$0], to: widths[$0], rightAligned: right[$0]) }
                .joined(separator: " | ") + " |"
        }
        let rule = widths.indices.map { c in
            right[c] ? String(repeating: "-", count: widths[c] - 1) + ":" : ":" + String(repeating: "-", count: widths[c] - 1)
        }
        return ([line(headers), "| " + rule.joined(separator: " | ") + " |"] + rows.map(line)).joined(separator: "\n")
    }

    /// Cell text safe inside a pipe table: `|` escaped, and `<`, `>`, `&` as entities, so raw HTML in
    /// data shows as text.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r\n", "\r": out += "<br>"
            default: out.append(c)
            }
        }
        return out
    }
}

import CarebookCore

extension LoadSummary {
    /// An XML return's summary: the file, then each table it held under the name it is bound to:
    ///
    /// ```
    /// loaded fake_903.xml: SSDA903 XML return, 253 children, as 10 tables
    ///   fake_903_header: SSDA903 header, 253 rows
    ///   fake_903_reviews: SSDA903 reviews, 1,206 rows (kept as a table)
    ///   no rows: fake_903_ad1, fake_903_missing
    /// ```
    func xmlLines(_ title: String, _ records: Int) -> [String] {
        let children = records == 1 ? "1 child" : "\(NumberText.grouped(records)) children"
        var lines = ["loaded \(path): \(title), \(children), as \(parts.count) table\(parts.count == 1 ? "" : "s")"]
        for part in parts where part.rows > 0 {
            lines.append("  \(part.name): " + part.partDescription)
        }
        let empty = parts.filter { $0.rows == 0 }.map(\.name)
        if !empty.isEmpty {
            lines += TextLayout.wrap(empty, separator: ", ", width: 92).enumerated().map { ($0 == 0 ? "  no rows: " : "    ") + $1 }
        }
        return lines
    }

    /// A table of an XML return in one line: its kind and rows (a plain table's column types left out).
    private var partDescription: String {
        if case .table = kind { return "\(NumberText.grouped(rows)) row\(rows == 1 ? "" : "s") × \(columns.count) columns" }
        return what(rows: NumberText.grouped(rows))
    }

    /// "3 warnings:" and the first few, one per line (an XML reader's located warnings).
    var warningLines: [String] {
        guard warningCount > 0 else { return [] }
        var lines = ["  \(warningCount) warning\(warningCount == 1 ? "" : "s"):"]
        for p in warnings.prefix(5) { lines.append("    \(p.description)") }
        if warningCount > 5 { lines.append("    … and \(warningCount - 5) more") }
        return lines
    }
}

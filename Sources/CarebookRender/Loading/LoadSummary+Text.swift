import CarebookCore

extension LoadSummary {
    /// The load as the terminal and a recording show it:
    ///
    /// ```
    /// loaded people.csv as people: 12 rows × 4 columns
    /// loaded tracker.xlsx as tracker: sheet "Visits", 40 rows × 5 columns
    ///   name text · age number · …
    /// loaded header.csv as header: SSDA903 header, 362 rows
    /// SSDA903: 362 children, 488 episodes, 01/04/2016 to 31/03/2017 (2 files).
    /// ```
    public var text: String {
        (lines + skippedLines + (care.map { $0.lines } ?? [])).joined(separator: "\n")
    }

    /// The first line (what the file was taken to be), and for a plain table its column types.
    var lines: [String] {
        let head = "loaded \(path) as \(name): " + (sheet.map { "sheet \"\($0)\", " } ?? "")
        switch kind {
        case .table:
            let rowText = rows == 1 ? "1 row" : "\(NumberText.grouped(rows)) rows"
            let columnText = columns.count == 1 ? "1 column" : "\(columns.count) columns"
            return [head + "\(rowText) × \(columnText)"]
                + TextLayout.wrap(columns.map { "\($0.name) \($0.type.rawValue)" }, separator: " · ", width: 96).map { "  " + $0 }
        case let .ssda903(kind): return [head + "\(kind.title), \(NumberText.grouped(rows)) rows"]
        case let .ssda903Table(kind): return [head + "\(kind.title), \(NumberText.grouped(rows)) rows (kept as a table)"]
        case let .placementMapping(groups): return [head + "placement-group mapping, \(groups) groups (now in use)"]
        case let .districts(n): return [head + "\(n) in-borough postcode districts (now in use)"]
        case .population: return [head + "population 0–17 by year (now in use for rates per 10,000)"]
        case let .unitCosts(groups): return [head + "unit costs for \(groups) placement groups (now in use)"]
        case let .indicatorTargets(n): return [head + "indicator targets for \(n) indicators (now in use)"]
        }
    }

    /// "skipped 3 malformed rows:" and the first few, one per line; said for tables and SSDA903 data files only.
    var skippedLines: [String] {
        switch kind {
        case .table, .ssda903: break
        default: return []
        }
        guard skippedCount > 0 else { return [] }
        var lines = ["  skipped \(skippedCount) malformed row\(skippedCount == 1 ? "" : "s"):"]
        for p in skipped.prefix(5) { lines.append("    \(p.description)") }
        if skippedCount > 5 { lines.append("    … and \(skippedCount - 5) more") }
        return lines
    }
}

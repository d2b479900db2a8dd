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
    public var text: String { text(width: nil) }

    /// The load as a terminal `width` columns wide shows it: the column list wrapped within the width (at 96
    /// at most, and always when the width is not limited, as recordings keep it), other long lines wrapped at spaces.
    public func text(width: Int?) -> String {
        let listed = lines(columnWidth: width.map { min(96, max(10, $0 - 2)) } ?? 96)
        let all = listed + skippedLines + warningLines + (care.map { $0.lines } ?? []) + (cin.map { $0.lines } ?? [])
        guard let width else { return all.joined(separator: "\n") }
        // Indented lines (the column list, the problems under "skipped") are laid out already; a line with a word
        // (a path) too long for the width is left whole rather than broken around it.
        let fits = { (line: String) in line.split(separator: " ").allSatisfy { DisplayWidth.of(String($0)) <= width - 2 } }
        return all.flatMap { $0.hasPrefix(" ") || !fits($0) ? [$0] : TextLayout.lines($0, width: width) }.joined(separator: "\n")
    }

    /// The first line (what the file was taken to be), and for a plain table its column types.
    var lines: [String] { lines(columnWidth: 96) }

    /// The first line, and for a plain table its column types wrapped to `columnWidth`.
    func lines(columnWidth: Int) -> [String] {
        if case let .xml(title, records) = kind { return xmlLines(title, records) }
        let first = "loaded \(path) as \(name): " + (sheet.map { "sheet \"\($0)\", " } ?? "") + what(rows: NumberText.grouped(rows))
        guard case .table = kind else { return [first] }
        return [first]
            + TextLayout.wrap(columns.map { "\($0.name) \($0.type.rawValue)" }, separator: " · ", width: columnWidth).map { "  " + $0 }
    }

    /// What the file was taken to be, with its rows as `rows` (grouped, or suppressed in a published report):
    /// `12 rows × 4 columns`, `SSDA903 header, 362 rows`, `unit costs for 7 placement groups (now in use)`.
    func what(rows: String) -> String {
        let rowText = rows == "1" ? "1 row" : "\(rows) rows"
        switch kind {
        case .table: return "\(rowText) × " + NumberText.counted(columns.count, "column")
        case let .ssda903(kind): return "\(kind.title), \(rowText)"
        case let .ssda903Table(kind): return "\(kind.title), \(rowText) (kept as a table)"
        case let .placementMapping(groups): return "placement-group mapping, \(groups) groups (now in use)"
        case let .districts(n): return "\(n) in-borough postcode districts (now in use)"
        case .population: return "population 0–17 by year (now in use for rates per 10,000)"
        case let .unitCosts(groups): return "unit costs for \(groups) placement groups (now in use)"
        case let .indicatorTargets(n): return "indicator targets for \(n) indicators (now in use)"
        case let .bankHolidays(n, covered):
            let years = covered.lowerBound.year == covered.upperBound.year ? "\(covered.lowerBound.year)"
                : "\(covered.lowerBound.year)–\(covered.upperBound.year)"
            return "\(n) bank holidays for \(years) (now used for working days)"
        case let .cin(kind): return "\(kind.title), \(rowText)"
        case let .xml(title, records): return "\(title), \(NumberText.grouped(records)) children"
        }
    }

    /// "skipped 3 malformed rows:" and the first few, one per line; said for tables and SSDA903 data files only.
    var skippedLines: [String] {
        switch kind {
        case .table, .ssda903, .cin: break
        default: return []
        }
        guard skippedCount > 0 else { return [] }
        var lines = ["  skipped \(NumberText.counted(skippedCount, "malformed row")):"]
        for p in skipped.prefix(5) { lines.append("    \(p.description)") }
        if skippedCount > 5 { lines.append("    … and \(skippedCount - 5) more") }
        return lines
    }
}

extension LoadSummary {
    /// What the file was taken to be, without its rows: `table, 4 columns`, `SSDA903 header`,
    /// `unit costs, 7 placement groups`.
    public var readAs: String {
        switch kind {
        case .table: "table, " + NumberText.counted(columns.count, "column")
        case let .ssda903(kind): kind.title
        case let .ssda903Table(kind): kind.title + " (kept as a table)"
        case let .placementMapping(groups): "placement-group mapping, \(groups) groups"
        case .districts: "in-borough postcode districts"
        case .population: "population 0–17 by year"
        case let .unitCosts(groups): "unit costs, \(groups) placement groups"
        case let .indicatorTargets(n): "indicator targets, \(n) indicators"
        case let .bankHolidays(n, _): "bank holidays, \(n) days"
        case let .cin(kind): kind.title
        case let .xml(title, _): title
        }
    }
}

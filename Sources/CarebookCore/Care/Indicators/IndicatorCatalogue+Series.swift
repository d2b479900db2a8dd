extension IndicatorCatalogue {
    /// RAG and direction of travel over a published monthly series: a table with columns `indicator`, `month`, `value`.
    ///
    /// Months may be dates or text (`Jun-17`, `Jun 2017`, `2017-06`, `30/06/2017`); values numbers,
    /// percentages, or text like `12.1%`. For a percentage indicator a plain number above 1 is read
    /// as percentage points. Each indicator's months are read in date order; DOT compares each month
    /// with the one before. Returns the rows sorted by indicator then month, with `rag` and `dot` added.
    ///
    /// A published table may carry its own `polarity` (high/low/info), `unit` (percent, count, rate…)
    /// and `red`/`amber`/`green` thresholds per row; where present they are used instead of the catalogue's.
    public func rateSeries(_ table: Table) -> Result<Table, Diagnostic> {
        for name in ["indicator", "month", "value"] where table.column(named: name) == nil {
            return .failure(Diagnostic("the series has no `\(name)` column", file: table.origin,
                                       notes: ["expected columns: indicator, month, value"]))
        }
        var points: [(id: String, month: Day, value: Double?, row: Int)] = []
        let meta = SeriesMeta(table: table, catalogue: self)
        let ids = FieldReader(table, "indicator"), months = FieldReader(table, "month").days(table.rowCount)
        if let clash = numericIDClash(table, ids) { return .failure(clash) }
        for row in 0..<table.rowCount {
            guard let id = ids.text(row) else { continue }
            guard let month = months[row].day ?? Self.parseMonth(FieldReader(table, "month").text(row)) else {
                let at = SourceRange(SourceLocation(line: row + 2, column: 1), SourceLocation(line: row + 2, column: 1))
                return .failure(Diagnostic("`\(FieldReader(table, "month").text(row) ?? "")` is not a month", at: at,
                                           file: table.origin, hint: "write months as Jun-17, 2017-06 or 30/06/2017"))
            }
            points.append((id, month, seriesValue(table, row: row, unit: meta.unit(row, id)), row))
        }
        points.sort { ($0.id, $0.month) < ($1.id, $1.month) }
        return .success(seriesTable(points, meta: meta, origin: table.origin))
    }

    /// An error when the `indicator` column holds numbers and one of them is the number of two catalogue ids
    /// (6.1 is both `6.1` and `6.10`): the zero that told them apart is gone, so the row cannot be rated.
    private func numericIDClash(_ table: Table, _ ids: FieldReader) -> Diagnostic? {
        guard table.column(named: "indicator")?.type == .number else { return nil }
        var byNumber: [Double: [String]] = [:]
        for i in indicators { if let x = Double(i.id) { byNumber[x, default: []].append(i.id) } }
        for row in 0..<table.rowCount {
            guard let text = ids.text(row), let x = Double(text), let same = byNumber[x], same.count > 1 else { continue }
            return Diagnostic("the series' indicator in row \(row + 1) is the number \(text), which could be indicator "
                              + same.sorted().joined(separator: " or "),
                              hint: "ids are codes: write them as text (\"6.10\" in quotes, or `with indicator = \"6.10\"`)")
        }
        return nil
    }

    private func seriesValue(_ table: Table, row: Int, unit: IndicatorUnit) -> Double? {
        guard let column = table.column(named: "value") else { return nil }
        switch column[row] {
        case let .percent(x): return x
        case let .number(x): return IndicatorCatalogue.scaled(x, unit)
        case let .text(t): return IndicatorCatalogue.parseNumber(t).map { t.hasSuffix("%") ? $0 : IndicatorCatalogue.scaled($0, unit) }
        default: return nil
        }
    }

    private func seriesTable(_ points: [(id: String, month: Day, value: Double?, row: Int)], meta: SeriesMeta,
                             origin: String) -> Table {
        var rag: [String?] = [], dot: [String?] = []
        for (i, p) in points.enumerated() {
            let polarity = meta.polarity(p.row, p.id), unit = meta.unit(p.row, p.id)
            let thresholds = meta.thresholds(p.row, p.id, unit)
            rag.append(p.value.flatMap { v in thresholds.isSet ? RAG.rate(value: v, thresholds: thresholds, polarity: polarity) : nil }?.rawValue)
            let previous = i > 0 && points[i - 1].id == p.id ? points[i - 1].value : nil
            dot.append(DirectionOfTravel.read(previous: unit.rounded(previous), current: unit.rounded(p.value),
                                              polarity: polarity, tolerance: unit.step / 2)?.symbol)
        }
        var t = TableColumns()
        t.text("indicator", points.map(\.id))
        t.dates("month", points.map(\.month))
        // The value as published (12.1, 12.1% or 522), not as rescaled for rating.
        let published = meta.table.column(named: "value").map { c in points.map { c[$0.row] } } ?? []
        if case let .success(column)? = published.isEmpty ? nil : Column.make(name: "value", values: published),
           column.type != .text {
            t.column(column)
        } else {
            t.numbers("value", points.map(\.value))
        }
        t.text("rag", rag)
        t.text("dot", dot)
        var table = t.table(rows: points.count, origin: origin)
        table.keys = [.directionOfTravel(name: "dot")]
        return table
    }

    /// The last day of a month written `Jun-17`, `Jun 2017`, `June 2017` or `2017-06`.
    static func parseMonth(_ text: String?) -> Day? {
        guard let text = text?.trimmingSpaces, !text.isEmpty else { return nil }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "/" }).map(String.init)
        guard parts.count == 2 else { return nil }
        if let y = Int(parts[0]), let m = Int(parts[1]), parts[0].count == 4 { return Day(year: y, month: m, day: 1)?.endOfMonth }
        let name = parts[0].prefix(3).lowercased()
        guard let m = Day.monthNames.firstIndex(where: { $0.lowercased() == name }), var y = Int(parts[1]) else { return nil }
        if parts[1].count == 2 { y += 2000 }
        return Day(year: y, month: m + 1, day: 1)?.endOfMonth
    }
}

/// Per-row polarity, unit and thresholds of a published series: the table's own columns, else the catalogue's.
struct SeriesMeta {
    let table: Table
    let catalogue: IndicatorCatalogue
    let polarityColumn: FieldReader?, unitColumn: FieldReader?
    let red: Int?, amber: Int?, green: Int?

    init(table: Table, catalogue: IndicatorCatalogue) {
        self.table = table
        self.catalogue = catalogue
        polarityColumn = table.column(named: "polarity") == nil ? nil : FieldReader(table, "polarity")
        unitColumn = table.column(named: "unit") == nil ? nil : FieldReader(table, "unit")
        red = table.columnIndex(named: "red")
        amber = table.columnIndex(named: "amber")
        green = table.columnIndex(named: "green")
    }

    func polarity(_ row: Int, _ id: String) -> Polarity {
        polarityColumn?.text(row).flatMap { Polarity(rawValue: $0.lowercased()) } ?? catalogue[id]?.polarity ?? .info
    }

    func unit(_ row: Int, _ id: String) -> IndicatorUnit {
        if let text = unitColumn?.text(row)?.lowercased() {
            if text.hasPrefix("percent") || text == "%" { return .percent }
            if text.hasPrefix("rate") { return .ratePer10000 }
            if text.hasPrefix("count") || text == "number" { return .count }
        }
        return catalogue[id]?.unit ?? .count
    }

    func thresholds(_ row: Int, _ id: String, _ unit: IndicatorUnit) -> Thresholds {
        guard red != nil || amber != nil || green != nil else { return catalogue[id]?.thresholds ?? .none }
        func value(_ c: Int?) -> Double? {
            guard let c else { return nil }
            switch table[row, c] {
            case let .percent(x): return x
            case let .number(x): return IndicatorCatalogue.scaled(x, unit)
            default: return nil
            }
        }
        let own = Thresholds(red: value(red), amber: value(amber), green: value(green))
        return own.isSet ? own : (catalogue[id]?.thresholds ?? .none)
    }
}

extension IndicatorCatalogue {
    /// The catalogue with targets read from a table (`id, red, amber, green`); indicators not listed keep theirs.
    ///
    /// Thresholds are in the indicator's unit; percentages may be written `12%`, or as
    /// plain numbers above 1 meaning percentage points (`12` is 12%).
    public func withTargets(_ table: Table) throws(Diagnostic) -> IndicatorCatalogue {
        guard table.column(named: "id") != nil else {
            throw Diagnostic("the targets table has no `id` column", file: table.origin,
                             notes: ["expected columns: id, red, amber, green"])
        }
        let ids = FieldReader(table, "id")
        let red = FieldReader(table, "red"), amber = FieldReader(table, "amber"), green = FieldReader(table, "green")
        var copy = self
        for row in 0..<table.rowCount {
            guard let id = ids.text(row) else { continue }
            guard let i = copy.indicators.firstIndex(where: { $0.id == id }) else {
                let at = SourceRange(SourceLocation(line: row + 2, column: 1), SourceLocation(line: row + 2, column: 1))
                throw Diagnostic.unknownName(id, what: "indicator", at: at, candidates: indicators.map(\.id))
                    .located(in: table.origin, lineOffset: 0)
            }
            if copy.indicators[i].polarity == .withinLimits {
                let at = SourceRange(SourceLocation(line: row + 2, column: 1), SourceLocation(line: row + 2, column: 1))
                throw Diagnostic("\(id) is good within limits: its green and amber ranges are set where it is defined",
                                 at: at, file: table.origin, hint: "a targets file gives single red, amber and green values")
            }
            let unit = copy.indicators[i].unit
            copy.indicators[i].thresholds = Thresholds(
                red: try Self.threshold(red, row, unit, table.origin), amber: try Self.threshold(amber, row, unit, table.origin),
                green: try Self.threshold(green, row, unit, table.origin))
        }
        return copy
    }

    private static func threshold(_ field: FieldReader, _ row: Int, _ unit: IndicatorUnit,
                                  _ file: String) throws(Diagnostic) -> Double? {
        if let column = field.column, case let .numbers(values, percent) = column.storage {
            let x = values[row]
            if x.isNaN { return nil }
            return percent ? x : IndicatorCatalogue.scaled(x, unit)
        }
        guard let text = field.text(row) else { return nil }
        guard let x = parseNumber(text) else {
            let at = SourceRange(SourceLocation(line: row + 2, column: 1), SourceLocation(line: row + 2, column: 1))
            throw Diagnostic("`\(text)` is not a number or a percentage", at: at, file: file)
        }
        return text.hasSuffix("%") ? x : scaled(x, unit)
    }

    /// A plain number for a percentage indicator: above 1 it is read as percentage points.
    static func scaled(_ x: Double, _ unit: IndicatorUnit) -> Double {
        unit == .percent && abs(x) > 1 ? x / 100 : x
    }

    /// `12.5%` → 0.125, `92.6` → 92.6, `1,234` → 1234; nil when not a number.
    static func parseNumber(_ text: String) -> Double? {
        var t = String(text.trimmingSpaces.filter { $0 != "," })
        let percent = t.hasSuffix("%")
        if percent { t.removeLast() }
        guard let x = Double(t.trimmingSpaces) else { return nil }
        return percent ? x / 100 : x
    }
}

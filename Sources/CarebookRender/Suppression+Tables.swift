extension Suppression {
    /// The table as published: suppressed counts and the percentages beside them shown as `c`,
    /// other percentages rounded (see the rules on `Suppression`).
    ///
    /// Count and percentage columns become text columns (`12`, `c`, `13%`), so what is shown is
    /// exactly what was decided here; other columns are unchanged.
    public func apply(to table: Table) -> Table {
        // A scorecard's month columns mix units (`RowUnits`): they are not columns of counts.
        let counts = table.columns.indices.filter { Self.isCountColumn(table.columns[$0]) && !table.hasRowUnits($0) }
        let grid = counts.map { c in (0..<table.rowCount).map { r -> Double? in Self.number(table[r, c]) } }
        let byRow = (0..<table.rowCount).map { r in grid.map { $0[r] } }
        let totalColumn = counts.firstIndex { Self.isTotalName(table.columns[$0].name) }
        let cellMask = mask(byRow, totalRow: Self.totalRow(table), totalColumn: totalColumn)
        let rowHidden = cellMask.map { $0.contains(true) }
        var out = table
        for (k, c) in counts.enumerated() {
            let column = table.columns[c]
            out = out.setting(Self.textColumn(column.name, (0..<table.rowCount).map { r in
                cellMask[r][k] ? Suppression.mark : ValueFormatter.cell(column[r])
            }))
        }
        for (c, column) in table.columns.enumerated() where column.type == .percent {
            out = out.setting(Self.textColumn(column.name, (0..<table.rowCount).map { r in
                guard case let .percent(x) = table[r, c] else { return "" }
                return rowHidden[r] ? Suppression.mark : NumberText.percent(rounded(percent: x), alwaysDecimal: false)
            }))
        }
        return out
    }

    /// True for a column of whole, non-negative numbers whose name does not say they are ages, years and the like.
    public static func isCountColumn(_ column: Column) -> Bool {
        guard case let .numbers(values, percent) = column.storage, !percent else { return false }
        let words = Set(column.name.lowercased().split { !$0.isLetter }.map(String.init))
        guard words.isDisjoint(with: notCounts) else { return false }
        return values.allSatisfy { $0.isNaN || ($0 >= 0 && $0 == $0.rounded()) }
    }

    /// Words in a column name that mean its numbers are not counts of children: ages and durations,
    /// and the coded fields of the returns (the 903's SEX 1/2, OC2's HEALTH_CHECK 0/1, SDQ scores, the
    /// CIN census's GenderCurrent), whose small values are codes, not small groups of children.
    static let notCounts: Set<String> = ["age", "year", "years", "week", "weeks", "day", "days", "month", "months",
                                         "rank", "line", "id", "sex", "gender", "gendercurrent", "code", "score",
                                         "check", "convicted", "immunisations", "misuse", "intervention", "nfa",
                                         "referralnfa", "adoptr", "duc"]

    static func isTotalName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("total") || lower == "all"
    }

    /// The first row whose first text cell starts with "total" or is "all".
    static func totalRow(_ table: Table) -> Int? {
        guard let c = table.columns.firstIndex(where: { $0.type == .text }) else { return nil }
        return (0..<table.rowCount).first { r in
            if case let .text(s) = table[r, c] { isTotalName(s) } else { false }
        }
    }

    static func number(_ value: Value) -> Double? {
        if case let .number(x) = value { x } else { nil }
    }

    static func textColumn(_ name: String, _ cells: [String]) -> Column {
        var builder = TextColumnBuilder()
        for cell in cells { if cell.isEmpty { builder.appendMissing() } else { builder.append(cell) } }
        return Column(name: name, storage: builder.storage)
    }
}

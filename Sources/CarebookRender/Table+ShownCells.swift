import CarebookCore

extension Table {
    /// A cell as results show it: a scorecard cell as its row's unit reads (`72.1%`, `522`, `92.6`, `+18`,
    /// `–` for none), money in the table's style (a ledger's `(£0.098m)`), any other by `ValueFormatter.cell`.
    func shownCell(row: Int, column: Int) -> String {
        let value = self[row, column]
        if let moneyStyle, case let .money(m) = value { return m.formatted(moneyStyle) }
        guard let unit = rowUnits?.unit(row: row, column: columns[column].name) else { return ValueFormatter.cell(value) }
        guard case let .number(x) = value, x.isFinite else { return "–" }
        // Percentages are held in points (`RowUnits`): 72.1 is 72.1%.
        return unit == .percent ? NumberText.oneDecimal(x) + "%" : NumberText.indicator(x, unit)
    }

    /// True for a column whose numbers are each in their row's unit (a scorecard month), shown left-aligned as
    /// the mixed spellings they are (`72.1%` above `522`).
    func hasRowUnits(_ column: Int) -> Bool {
        rowUnits?.columns[columns[column].name] != nil
    }
}

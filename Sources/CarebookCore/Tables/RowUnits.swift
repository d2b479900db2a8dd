/// The unit each row's numbers are in, for some number columns of a table: a scorecard's months and year to date.
///
/// One scorecard column mixes counts, percentages (in percentage points: `72.1` is 72.1%), rates per
/// 10,000 and days, so its cells are plain numbers in their row's unit, which the table also holds as
/// data in its `unit` column. This says the same to CarebookRender, which shows each such cell as its
/// unit reads (`72.1%`, `522`, `92.6`, `–` for none) even once the `unit` column is selected away.
/// Kept, like `Table.keys`, when rows or columns are picked; a column replaced by `setting` leaves it.
public struct RowUnits: Sendable, Equatable {
    /// Each row's unit, in row order.
    public var units: [IndicatorUnit]
    /// The number columns whose cells are in their row's unit, each with the rows it applies to (a year to
    /// date only to financial-year measures); elsewhere an empty cell means nothing to show, not "no value".
    public var columns: [String: [Bool]]

    public init(units: [IndicatorUnit], columns: [String: [Bool]]) {
        self.units = units
        self.columns = columns
    }

    /// The unit of a cell, or nil when its column is not one of `columns` or does not apply to its row.
    public func unit(row: Int, column: String) -> IndicatorUnit? {
        columns[column]?[row] == true ? units[row] : nil
    }

    /// The rows at the given indices, in that order (as `Table.gathering` picks them).
    func gathering(_ rows: [Int]) -> RowUnits {
        RowUnits(units: rows.map { units[$0] }, columns: columns.mapValues { applies in rows.map { applies[$0] } })
    }
}

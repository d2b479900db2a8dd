/// A columnar table: named, typed columns of equal length.
///
/// A value type; the column arrays are copy-on-write, so passing tables
/// around and taking subsets copies nothing until a column is changed.
public struct Table: Sendable {
    public private(set) var columns: [Column]
    public private(set) var rowCount: Int
    /// Where the table came from ("episodes.csv", "lac where age >= 12"), for messages and `explain`.
    public var origin: String
    /// Keys to symbols in some of the columns, kept when rows or columns are picked (CarebookRender prints them).
    public var keys: [SymbolKey] = []
    /// The source line of each row when it is not the CSV's `row + 2` (a table read from XML); nil for CSV.
    public var rowLines: [Int32]?
    /// The unit of each row's numbers in some columns (a scorecard's months), kept when rows or columns are picked.
    public var rowUnits: RowUnits?
    /// How CarebookRender shows this table's money (a ledger's: accounting brackets, or £m); nil for the usual
    /// `£3,712`. Kept when rows or columns are picked.
    public var moneyStyle: Money.Style?

    /// A table of the given columns; they must all have `rowCount` cells.
    public init(columns: [Column], rowCount: Int? = nil, origin: String = "", keys: [SymbolKey] = []) {
        let n = rowCount ?? columns.first?.count ?? 0
        precondition(columns.allSatisfy { $0.count == n }, "columns of a table must have equal length")
        self.columns = columns
        self.rowCount = n
        self.origin = origin
        self.keys = keys
    }

    public static let empty = Table(columns: [], rowCount: 0)

    public var columnNames: [String] { columns.map(\.name) }

    /// The index of a column, matched exactly, then ignoring case.
    public func columnIndex(named name: String) -> Int? {
        if let i = columns.firstIndex(where: { $0.name == name }) { return i }
        let lower = name.lowercased()
        return columns.firstIndex { $0.name.lowercased() == lower }
    }

    public func column(named name: String) -> Column? {
        columnIndex(named: name).map { columns[$0] }
    }

    /// The cell at a row and column index.
    public subscript(row: Int, column: Int) -> Value { columns[column][row] }

    /// The rows at the given indices, in that order.
    public func gathering(_ rows: [Int]) -> Table {
        var picked = Table(columns: columns.map { $0.gathering(rows) }, rowCount: rows.count, origin: origin, keys: keys)
        picked.rowLines = rowLines.map { lines in rows.map { lines[$0] } }
        picked.rowUnits = rowUnits?.gathering(rows)
        picked.moneyStyle = moneyStyle
        return picked
    }

    /// The line of the source file a row came from: its XML element's line, or a CSV's `row + 2`
    /// (the header is line 1).
    public func sourceLine(ofRow row: Int) -> Int {
        rowLines.map { Int($0[row]) } ?? row + 2
    }

    /// The table with a column added, or replaced if one has the same name.
    public func setting(_ column: Column) -> Table {
        precondition(column.count == rowCount || columns.isEmpty)
        var copy = self
        if let i = columnIndex(named: column.name) {
            copy.columns[i] = column
            copy.rowUnits?.columns[columns[i].name] = nil
        } else {
            copy.columns.append(column)
        }
        if columns.isEmpty { copy.rowCount = column.count }
        return copy
    }

    /// The table with only the named columns, in that order (names must exist).
    public func selecting(_ indices: [Int]) -> Table {
        var picked = Table(columns: indices.map { columns[$0] }, rowCount: rowCount, origin: origin, keys: keys)
        picked.rowUnits = rowUnits
        picked.moneyStyle = moneyStyle
        return picked
    }

    /// The first `n` rows.
    public func head(_ n: Int) -> Table {
        n >= rowCount ? self : gathering(Array(0..<max(0, n)))
    }
}

/// Turns a sheet's cells into a typed table: the first row with anything in it is the header,
/// every later non-empty row is a row of the table, and each column is typed over all its cells.
///
/// A column's type is that of its first non-empty cell, as in a CSV file; when a later cell does not
/// have that type (a number among dates, "n/a" among money), the whole column is text, each cell
/// as it reads (`XLSXCell.text`). String cells are read as CSV cells are, so text that looks like a
/// date, money or a number is one. Columns with neither a header nor a value are left out; a
/// column with values but no header is named after its letter (`column_F`).
enum XLSXTableBuilder {
    static func build(_ cells: [(XLSXCellReference, XLSXCell)], origin: String) -> Table? {
        let rows = Set(cells.map(\.0.row)).sorted()
        guard let headerRow = rows.first else { return nil }
        var rowIndex: [Int: Int] = [:]
        for (i, r) in rows.dropFirst().enumerated() { rowIndex[r] = i }
        let rowCount = rows.count - 1
        var header: [Int: String] = [:]
        var columns: [Int: [XLSXCell?]] = [:]
        for (ref, cell) in cells {
            if ref.row == headerRow {
                header[ref.column] = cell.text
                if columns[ref.column] == nil { columns[ref.column] = Array(repeating: nil, count: rowCount) }
            } else if let i = rowIndex[ref.row] {
                columns[ref.column, default: Array(repeating: nil, count: rowCount)][i] = cell
            }
        }
        let order = columns.keys.sorted()
        let names = CSVReading.uniqueNames(order.map { header[$0] ?? "column_" + XLSXCellReference.letters($0) })
        let built = zip(names, order).map { name, c in column(name: name, cells: columns[c]!) }
        return Table(columns: built, rowCount: rowCount, origin: origin)
    }

    /// One column, typed over all its cells.
    static func column(name: String, cells: [XLSXCell?]) -> Column {
        let values = cells.map { $0.map(value) ?? .missing }
        let first = values.first { if case .missing = $0 { false } else { true } }
        guard let kind = first.flatMap(columnType) else {
            return Column.build(name: name, type: .text, values: values)
        }
        if values.allSatisfy({ v in if case .missing = v { true } else { columnType(v) == kind } }) {
            return Column.build(name: name, type: kind, values: values)
        }
        return Column.build(name: name, type: .text, values: cells.map { $0.map { .text($0.text) } ?? .missing })
    }

    /// A cell's value: typed cells as Excel typed them, strings as a CSV cell with that text reads.
    static func value(_ cell: XLSXCell) -> Value {
        switch cell {
        case let .typed(v): return v
        case let .text(s):
            var bytes = Array(s.utf8)
            return bytes.withUnsafeMutableBufferPointer { m in
                let p = UnsafeBufferPointer(m), e = p.count
                switch CSVColumnDecoder.classify(p, 0, e) {
                case .number: return CellParser.number(p, 0, e).map(Value.number) ?? .text(s)
                case .percent: return CellParser.percent(p, 0, e).map(Value.percent) ?? .text(s)
                case .money: return CellParser.money(p, 0, e).map { .money(Money(pence: $0)) } ?? .text(s)
                case .date: return CellParser.date(p, 0, e).map(Value.date) ?? .text(s)
                case .bool: return CellParser.bool(p, 0, e).map(Value.bool) ?? .text(s)
                case .text, .duration: return .text(s)
                }
            }
        }
    }

    private static func columnType(_ v: Value) -> ColumnType? {
        switch v {
        case .number: .number
        case .percent: .percent
        case .money: .money
        case .date: .date
        case .bool: .bool
        case .text: .text
        default: nil
        }
    }
}

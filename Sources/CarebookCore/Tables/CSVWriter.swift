/// Writes a table as CSV text that `CSVReader` reads back to the same columns and types.
///
/// Numbers in full decimal (`1234`, `-3.5`), percents as `12.1%`, money as
/// `£3712.50` (pounds with two decimals; the `£` keeps the type on reading back),
/// dates ISO, booleans `true`/`false`, durations as `26 weeks`, missing cells empty.
/// Fields are quoted only when needed. Lines end with LF.
public enum CSVWriter {
    /// The whole table as CSV, header first, one line per row.
    public static func write(_ table: Table) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(table.rowCount * table.columns.count * 8 + 256)
        out += Array(table.columnNames.map(quoted).joined(separator: ",").utf8)
        out.append(10)
        let writers = table.columns.map(CellWriter.init)
        for row in 0..<table.rowCount {
            for (i, writer) in writers.enumerated() {
                if i > 0 { out.append(44) }
                writer.write(row, into: &out)
            }
            out.append(10)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One value as a CSV field.
    public static func cell(_ value: Value) -> String {
        switch value {
        case let .number(x): NumberText.plain(x)
        case let .percent(x): x.isNaN ? "" : NumberText.plain(x, shift: 2) + "%"
        case let .money(m): NumberText.plainMoney(m)
        case let .date(d): d.iso
        case let .duration(d): d.description
        case let .bool(b): b ? "true" : "false"
        case let .text(s): quoted(s)
        case let .phrase(p): quoted(p.text)
        case .missing: ""
        case .list, .table, .record, .chart, .plan, .projection, .backtest, .indicator: quoted(value.kind.rawValue)
        }
    }

    /// The text, in quotes with quotes doubled when it holds a comma, quote, line break or edge space.
    static func quoted(_ s: String) -> String {
        let needs = s.utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }
            || s.utf8.first == 32 || s.utf8.last == 32 || s.utf8.first == 9 || s.utf8.last == 9
        guard needs else { return s }
        var out = "\""
        for c in s { out += c == "\"" ? "\"\"" : String(c) }
        return out + "\""
    }
}

/// Writes the cells of one column as CSV bytes, without making a `Value` per cell.
private struct CellWriter {
    let column: Column
    /// Text columns: each dictionary entry already quoted as needed.
    let encoded: [[UInt8]]

    init(_ column: Column) {
        self.column = column
        if case let .text(_, dictionary) = column.storage {
            encoded = dictionary.map { Array(CSVWriter.quoted($0).utf8) }
        } else {
            encoded = []
        }
    }

    func write(_ row: Int, into out: inout [UInt8]) {
        switch column.storage {
        case let .numbers(v, percent):
            let x = v[row]
            if x.isNaN { return }
            if !percent, x == x.rounded(), abs(x) < 1e15 { appendInteger(Int64(x), &out); return }
            out += Array(CSVWriter.cell(percent ? .percent(x) : .number(x)).utf8)
        case let .money(v):
            let p = v[row]
            if p == Column.missingInteger { return }
            if p < 0 { out.append(45) }
            out += [0xC2, 0xA3]
            appendInteger(Int64(p.magnitude / 100), &out)
            out.append(46)
            out.append(UInt8(48 + p.magnitude % 100 / 10)); out.append(UInt8(48 + p.magnitude % 10))
        case let .text(codes, _):
            if codes[row] >= 0 { out += encoded[Int(codes[row])] }
        case let .dates(v):
            if v[row] == Column.missingInteger { return }
            let (y, m, d) = Day(number: Int32(v[row])).components
            appendPadded(y, 4, &out); out.append(45); appendPadded(m, 2, &out); out.append(45); appendPadded(d, 2, &out)
        case let .bools(v):
            if let b = v[row] { out += b ? Array("true".utf8) : Array("false".utf8) }
        default:
            out += Array(CSVWriter.cell(column[row]).utf8)
        }
    }

    private func appendPadded(_ n: Int, _ width: Int, _ out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        if n >= divisor * 10 { appendInteger(Int64(n), &out); return }
        while divisor > 0 { out.append(UInt8(48 + n / divisor % 10)); divisor /= 10 }
    }

    private func appendInteger(_ n: Int64, _ out: inout [UInt8]) {
        if n < 0 { out.append(45) }
        var m = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(48 + m % 10)
                m /= 10; count += 1
            } while m > 0
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }
}

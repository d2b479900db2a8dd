/// Writes a table as CSV text that `CSVReader` reads back to the same columns and types.
///
/// Numbers in full decimal (`1234`, `-3.5`), percents as `12.1%`, money as
/// `£3712.50` (pounds with two decimals; the `£` keeps the type on reading back),
/// dates ISO, booleans `true`/`false`, durations as `26 weeks`, missing cells empty.
/// Fields are quoted only when needed. Lines end with LF.
public enum CSVWriter {
    /// The whole table as CSV, header first, one line per row.
    public static func write(_ table: Table) -> String {
        var out = table.columnNames.map(quoted).joined(separator: ",") + "\n"
        for row in 0..<table.rowCount {
            for (i, column) in table.columns.enumerated() {
                if i > 0 { out += "," }
                out += cell(column[row])
            }
            out += "\n"
        }
        return out
    }

    /// One value as a CSV field.
    public static func cell(_ value: Value) -> String {
        switch value {
        case let .number(x): DecimalText.plain(x)
        case let .percent(x): x.isNaN ? "" : DecimalText.plain(x, shift: 2) + "%"
        case let .money(m): money(m)
        case let .date(d): d.iso
        case let .duration(d): d.description
        case let .bool(b): b ? "true" : "false"
        case let .text(s): quoted(s)
        case .missing: ""
        case .list, .table, .record: quoted(String(describing: value.kind.rawValue))
        }
    }

    /// `£3712.50`, `-£5.00`.
    static func money(_ m: Money) -> String {
        let magnitude = m.pence.magnitude
        let pence = magnitude % 100
        return (m.pence < 0 ? "-£" : "£") + String(magnitude / 100) + "." + (pence < 10 ? "0" : "") + String(pence)
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

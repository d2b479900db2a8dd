import Foundation

/// One cell's content as read from a sheet, before its column's type is chosen.
enum XLSXCell: Sendable {
    /// A value Excel typed: a number, a date, money, a percentage or a boolean.
    case typed(Value)
    /// A string, read the way a CSV cell is (so "30/06/2017" typed as text is still a date).
    case text(String)

    /// The cell as text, for a header or a column of mixed types: strings as written, dates as
    /// `2017-06-30`, money as `£3712.50`, percentages as `12.5%`, booleans as `TRUE`/`FALSE`.
    var text: String {
        switch self {
        case let .text(s): return s
        case let .typed(v):
            switch v {
            case let .number(x): return NumberText.plain(x)
            case let .percent(x): return NumberText.plain(x, shift: 2) + "%"
            case let .money(m): return NumberText.plainMoney(m)
            case let .date(d): return d.description
            case let .bool(b): return b ? "TRUE" : "FALSE"
            default: return ""
            }
        }
    }
}

import Foundation

/// How a cell's stored text becomes a value: its type attribute `t`, and for numbers its style's format.
struct XLSXCellTyping {
    let styles: XLSXStyles
    let sharedStrings: [String]
    let uses1904: Bool

    /// The cell's value (nil for an empty cell), or the reason it cannot be read.
    func cell(type: String?, style: Int, value: String?, inline: String?) -> Result<XLSXCell?, XLSXCellProblem> {
        switch type ?? "n" {
        case "inlineStr":
            return .success(inline.flatMap(Self.text))
        case "s":
            guard let v = value else { return .success(nil) }
            guard let i = Int(v), i >= 0, i < sharedStrings.count else { return .failure(.sharedString(v)) }
            return .success(Self.text(sharedStrings[i]))
        case "str":
            return .success(value.flatMap { Self.text(XLSXText.unescape($0)) })
        case "b":
            switch value {
            case nil: return .success(nil)
            case "1", "true": return .success(.typed(.bool(true)))
            case "0", "false": return .success(.typed(.bool(false)))
            case let v?: return .failure(.notBoolean(v))
            }
        case "e":
            return value.map { .failure(.error($0)) } ?? .success(nil)
        case "d":
            guard let v = value else { return .success(nil) }
            guard let day = Day.parse(v.prefix(10)) else { return .failure(.notDate(v)) }
            return .success(.typed(.date(day)))
        case "n":
            guard let v = value, !v.isEmpty else { return .success(nil) }
            return number(v, styles.format(style)).map { .typed($0) }
        default:
            return .failure(.unknownType(type ?? ""))
        }
    }

    /// A number cell as its format says: a date from its serial, exact money, a percentage or a number.
    func number(_ text: String, _ format: XLSXNumberFormat) -> Result<Value, XLSXCellProblem> {
        guard let decimal = XLSXDecimal(text) else { return .failure(.notNumber(text)) }
        switch format {
        case .date:
            guard let day = date(serial: decimal) else { return .failure(.notSerial(text, uses1904)) }
            return .success(.date(day))
        case .money:
            let shown = decimal.rounded(toSignificant: XLSXDecimal.excelDigits)
            guard let pence = shown.pence else { return .failure(.fractionalPence(text)) }
            return .success(.money(Money(pence: pence)))
        case .percent, .number:
            guard let x = Double(text), x.isFinite else { return .failure(.notNumber(text)) }
            return .success(format == .percent ? .percent(x) : .number(x))
        }
    }

    /// The date of a serial (its time of day dropped).
    ///
    /// 1900 system: 1 is 1900-01-01; Excel counts a 29 February 1900 that never was (serial 60, refused),
    /// so from 61 on a serial is days after 1899-12-30. 1904 system: 0 is 1904-01-01.
    func date(serial: XLSXDecimal) -> Day? {
        guard let n = serial.floor, n <= 2_958_465 else { return nil }
        let day: Day?
        if uses1904 {
            day = n >= 0 ? Day(year: 1904, month: 1, day: 1)?.adding(days: n) : nil
        } else {
            switch n {
            case 1..<60: day = Day(year: 1899, month: 12, day: 31)?.adding(days: n)
            case 61...: day = Day(year: 1899, month: 12, day: 30)?.adding(days: n)
            default: day = nil
            }
        }
        return day.flatMap { $0.isSupported ? $0 : nil }
    }

    /// A string cell, trimmed of spaces and tabs as a CSV cell is; nil when nothing is left.
    static func text(_ s: String) -> XLSXCell? {
        let trimmed = s.trimmingCharacters(in: [" ", "\t"])
        return trimmed.isEmpty ? nil : .text(trimmed)
    }
}

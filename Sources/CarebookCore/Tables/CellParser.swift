/// Reads typed values straight from a CSV cell's bytes, without making strings.
///
/// Each function takes a buffer and a byte range already trimmed of spaces and
/// returns nil when the cell is not of that type.
enum CellParser {
    static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { acc, _ in acc * 10 } }

    /// A decimal read from bytes: the digits as an integer, and how many of them are after the point.
    struct Decimal {
        var negative: Bool
        var mantissa: UInt64
        var digits: Int
        var fractionDigits: Int
        /// Bytes of the digits (for the rare slow path), commas excluded.
        var text: [UInt8]?
    }

    /// `1234`, `-3.5`, `1,234`, `.5`; not `007` (a code), not `1,23`.
    static func number(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Double? {
        guard let d = decimal(p, s, e, allowSign: true, leadingZeros: false) else { return nil }
        return value(of: d, shift: 0)
    }

    /// `12.1%` as 0.121.
    static func percent(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Double? {
        guard e - s >= 2, p[e - 1] == 37 else { return nil }
        var end = e - 1
        while end > s, p[end - 1] == 32 { end -= 1 }
        guard let d = decimal(p, s, end, allowSign: true, leadingZeros: false) else { return nil }
        return value(of: d, shift: 2)
    }

    /// `£3,712`, `£3,712.50`, `-£5`, `£-5`, `(£5)` in pence.
    static func money(_ p: UnsafeBufferPointer<UInt8>, _ s0: Int, _ e0: Int) -> Int64? {
        var s = s0, e = e0, negative = false
        if e - s >= 2, p[s] == 40, p[e - 1] == 41 { negative = true; s += 1; e -= 1 }
        if s < e, p[s] == 45 { if negative { return nil }; negative = true; s += 1 }
        guard e - s >= 3, p[s] == 0xC2, p[s + 1] == 0xA3 else { return nil }
        s += 2
        if s < e, p[s] == 45 { if negative { return nil }; negative = true; s += 1 }
        guard let d = decimal(p, s, e, allowSign: false, leadingZeros: true),
              d.fractionDigits <= 2, d.digits <= 17 else { return nil }
        var pence = Int64(d.mantissa)
        if d.fractionDigits < 2 { pence *= d.fractionDigits == 1 ? 10 : 100 }
        return negative ? -pence : pence
    }

    /// `true`, `FALSE`, `yes`, `No` (any case).
    static func bool(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool? {
        switch e - s {
        case 2: return matches(p, s, "no") ? false : nil
        case 3: return matches(p, s, "yes") ? true : nil
        case 4: return matches(p, s, "true") ? true : nil
        case 5: return matches(p, s, "false") ? false : nil
        default: return nil
        }
    }

    /// `2017-06-30` or `30/06/2017` (and the other forms `Day.parse` accepts).
    static func date(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Day? {
        if e - s == 10 {
            if p[s + 4] == 45, p[s + 7] == 45,
               let y = digits(p, s, 4), let m = digits(p, s + 5, 2), let d = digits(p, s + 8, 2) {
                return Day(year: y, month: m, day: d)
            }
            if p[s + 2] == 47, p[s + 5] == 47,
               let d = digits(p, s, 2), let m = digits(p, s + 3, 2), let y = digits(p, s + 6, 4) {
                return Day(year: y, month: m, day: d)
            }
        }
        guard e - s >= 5, e - s <= 10, isDigit(p[s]) else { return nil }
        return Day.parse(bytes: Array(p[s..<e])[...])
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    private static func digits(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ n: Int) -> Int? {
        var v = 0
        for i in s..<(s + n) {
            let b = p[i]
            guard isDigit(b) else { return nil }
            v = v * 10 + Int(b - 48)
        }
        return v
    }

    private static func matches(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for i in 0..<w.count where p[s + i] | 0x20 != w[i] { return false }
        return true
    }
}

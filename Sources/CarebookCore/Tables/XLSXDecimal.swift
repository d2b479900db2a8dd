/// A number as an .xlsx file writes it (`3712.5`, `-0.125`, `4.5E-3`), kept as decimal digits.
///
/// Money is read from these digits, never through a `Double`: `value = digits × 10^exponent`.
struct XLSXDecimal: Equatable {
    var negative: Bool
    /// The significant digits (0–9), without leading or trailing zeros; empty for zero.
    var digits: [UInt8]
    var exponent: Int

    /// The significant digits Excel keeps: it shows and calculates with 15, so a cached result such
    /// as `577.50000000000011` (binary rounding in a formula) is 577.5.
    static let excelDigits = 15

    /// Reads `[-]digits[.digits][E[+-]digits]`; nil for anything else.
    init?(_ text: String) {
        var bytes = Array(text.utf8)[...]
        negative = bytes.first == 45
        if negative || bytes.first == 43 { bytes = bytes.dropFirst() }
        var mantissa: [UInt8] = [], pointShift = 0, seenPoint = false, seenDigit = false
        while let b = bytes.first, b != 69, b != 101 {
            bytes = bytes.dropFirst()
            if b == 46 {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if b >= 48, b <= 57 {
                seenDigit = true
                if seenPoint { pointShift -= 1 }
                if mantissa.isEmpty, b == 48 { continue }
                mantissa.append(b - 48)
            } else {
                return nil
            }
        }
        guard seenDigit else { return nil }
        var e = 0
        if !bytes.isEmpty {
            bytes = bytes.dropFirst()
            let minus = bytes.first == 45
            if minus || bytes.first == 43 { bytes = bytes.dropFirst() }
            guard !bytes.isEmpty, bytes.count <= 4, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            e = bytes.reduce(0) { $0 * 10 + Int($1 - 48) }
            if minus { e = -e }
        }
        // value = mantissa × 10^(pointShift + e): leading zeros were not kept, but every digit after the
        // point, kept or not, moved the point.
        exponent = e + pointShift
        digits = mantissa
        normalise()
    }

    /// The number rounded to `significant` digits, half away from zero (as Excel shows it).
    func rounded(toSignificant significant: Int) -> XLSXDecimal {
        guard digits.count > significant else { return self }
        var kept = Array(digits[..<significant])
        var e = exponent + digits.count - significant
        if digits[significant] >= 5 {
            var i = kept.count - 1
            while i >= 0 {
                if kept[i] < 9 { kept[i] += 1; break }
                kept[i] = 0
                i -= 1
            }
            if i < 0 { kept.insert(1, at: 0); kept.removeLast(); e += 1 }
        }
        var r = XLSXDecimal(negative: negative, digits: kept, exponent: e)
        r.normalise()
        return r
    }

    /// The amount in pence when it is a whole number of pence that fits; nil otherwise.
    var pence: Int64? {
        let shift = exponent + 2
        guard shift >= 0 else { return nil }
        guard digits.count + shift <= 18 else { return nil }
        var v: Int64 = 0
        for d in digits { v = v * 10 + Int64(d) }
        for _ in 0..<shift { v *= 10 }
        return negative ? -v : v
    }

    /// The whole part (towards minus infinity), when it has at most 12 digits.
    var floor: Int? {
        guard !digits.isEmpty else { return 0 }
        guard digits.count + exponent <= 12 else { return nil }
        var whole = 0, fraction = false
        for (i, d) in digits.enumerated() {
            if i < digits.count + exponent { whole = whole * 10 + Int(d) } else if d != 0 { fraction = true }
        }
        if exponent > 0 { for _ in 0..<exponent { whole *= 10 } }
        return negative ? -whole - (fraction ? 1 : 0) : whole
    }

    private mutating func normalise() {
        while let last = digits.last, last == 0 { digits.removeLast(); exponent += 1 }
        if digits.isEmpty { negative = false; exponent = 0 }
    }
}

extension XLSXDecimal {
    init(negative: Bool, digits: [UInt8], exponent: Int) {
        self.negative = negative
        self.digits = digits
        self.exponent = exponent
    }
}

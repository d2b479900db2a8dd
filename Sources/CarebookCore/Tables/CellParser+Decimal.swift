extension CellParser {
    /// Reads `[-+]digits[.digits]` with optional thousands commas (groups of three, valid only all through).
    static func decimal(_ p: UnsafeBufferPointer<UInt8>, _ s0: Int, _ e: Int,
                        allowSign: Bool, leadingZeros: Bool) -> Decimal? {
        var s = s0, negative = false
        if allowSign, s < e, p[s] == 45 || p[s] == 43 { negative = p[s] == 45; s += 1 }
        guard s < e else { return nil }
        var result = Decimal(negative: negative, mantissa: 0, digits: 0, fractionDigits: 0, text: nil)
        guard let afterInteger = integerPart(p, s, e, leadingZeros: leadingZeros, into: &result) else { return nil }
        var i = afterInteger
        if i < e {
            guard p[i] == 46, i + 1 < e else { return nil }
            i += 1
            while i < e {
                guard isDigit(p[i]) else { return nil }
                append(p[i], to: &result)
                result.fractionDigits += 1
                i += 1
            }
        } else if result.digits == 0 {
            return nil
        }
        return result
    }

    /// Reads the whole-number part; returns the offset after it, or nil if it is malformed.
    private static func integerPart(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int,
                                    leadingZeros: Bool, into result: inout Decimal) -> Int? {
        var i = s, run = 0, grouped = false
        while i < e {
            let b = p[i]
            if isDigit(b) {
                append(b, to: &result); run += 1
                if grouped, run > 3 { return nil }
            } else if b == 44 {
                if run == 0 || run > 3 || (grouped && run != 3) { return nil }
                grouped = true; run = 0
            } else {
                break
            }
            i += 1
        }
        if grouped, run != 3 { return nil }
        if !leadingZeros, i - s > 1, p[s] == 48 { return nil }
        return i
    }

    private static func append(_ digit: UInt8, to d: inout Decimal) {
        if d.digits < 19 { d.mantissa = d.mantissa &* 10 &+ UInt64(digit - 48) }
        d.digits += 1
        if d.digits > 15 {
            if d.text == nil { d.text = Array(String(d.mantissa / 10).utf8) }
            d.text!.append(digit)
        }
    }

    /// The decimal's value divided by 10^shift, correctly rounded.
    static func value(of d: Decimal, shift: Int) -> Double {
        let scale = d.fractionDigits + shift
        var x: Double
        if d.digits <= 15, scale <= 22 {
            // Both operands are exact doubles, so one division rounds correctly.
            x = Double(d.mantissa) / powersOfTen[scale]
        } else {
            var text = String(decoding: d.text ?? Array(String(d.mantissa).utf8), as: UTF8.self)
            text += "e-" + String(scale)
            x = Double(text) ?? .nan
        }
        return d.negative ? -x : x
    }
}

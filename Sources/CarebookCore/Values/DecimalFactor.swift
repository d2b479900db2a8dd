/// A number as the shortest decimal that reads back as the same `Double`: `mantissa × 10^exponent`.
///
/// Money is scaled through it so that `£5 * 9000000000000001` and `£0.05 * 1.5` are
/// computed exactly in integers (`Int128`), never through a rounded `Double` product.
struct DecimalFactor {
    var mantissa: Int128
    var exponent: Int

    /// The decimal for a finite number (`0.72` → 72 × 10⁻²); nil for infinities and NaN.
    init?(_ x: Double) {
        guard x.isFinite else { return nil }
        // Swift prints the shortest round-tripping decimal: "0.72", "1e-05", "9.000000000000001e+15".
        let text = x.description
        let parts = text.split(separator: "e", maxSplits: 1)
        var exponent = parts.count > 1 ? (Int(parts[1]) ?? 0) : 0
        var digits: Int128 = 0
        var seenPoint = false
        var negative = false
        for c in parts[0] {
            switch c {
            case "-": negative = true
            case ".": seenPoint = true
            default:
                guard let d = c.wholeNumberValue else { return nil }
                digits = digits * 10 + Int128(d)
                if seenPoint { exponent -= 1 }
            }
        }
        mantissa = negative ? -digits : digits
        self.exponent = exponent
    }

    /// 10^n as an `Int128`, nil when it does not fit (n > 38).
    static func power(_ n: Int) -> Int128? {
        guard n >= 0, n <= 38 else { return nil }
        var p: Int128 = 1
        for _ in 0..<n { p *= 10 }
        return p
    }

    /// `a / b` rounded half to even; `b` is positive.
    static func divideHalfEven(_ a: Int128, _ b: Int128) -> Int128 {
        let q = a / b, r = a % b
        let twice = r.magnitude * 2
        if twice > b.magnitude || (twice == b.magnitude && q % 2 != 0) { return a < 0 ? q - 1 : q + 1 }
        return q
    }

    /// `value × self`, rounded half to even to a whole number; nil when out of range.
    func times(_ value: Int64) -> Int128? {
        let (product, o) = Int128(value).multipliedReportingOverflow(by: mantissa)
        guard !o else { return nil }
        if exponent >= 0 {
            guard let p = Self.power(exponent) else { return product == 0 ? 0 : nil }
            let (r, o2) = product.multipliedReportingOverflow(by: p)
            return o2 ? nil : r
        }
        // |product| < 2^127 < 10^39: dividing by more than 10^39 leaves zero.
        guard let p = Self.power(-exponent) else { return 0 }
        return Self.divideHalfEven(product, p)
    }

    /// `value ÷ self`, rounded half to even to a whole number; nil when out of range or dividing by zero.
    func dividing(_ value: Int64) -> Int128? {
        guard mantissa != 0 else { return nil }
        var numerator = Int128(value)
        var denominator = mantissa
        if exponent < 0 {
            guard let p = Self.power(-exponent) else { return nil }
            let (r, o) = numerator.multipliedReportingOverflow(by: p)
            guard !o else { return nil }
            numerator = r
        } else if exponent > 0 {
            guard let p = Self.power(exponent) else { return 0 }
            let (r, o) = denominator.multipliedReportingOverflow(by: p)
            guard !o else { return 0 }
            denominator = r
        }
        if denominator < 0 { numerator = -numerator; denominator = -denominator }
        return Self.divideHalfEven(numerator, denominator)
    }
}

import CarebookCore

/// Numbers as shown in results (tables, charts, records): the one formatter's display forms, which only
/// CarebookRender uses, beside Core's `brief` and `oneDecimal`.
extension NumberText {
    /// `1,234`, `-5`, `92.63`, `0.5`, `1,234.57`; below 0.01 to three significant figures (`0.00123`).
    public static func number(_ x: Double) -> String {
        if x.isNaN { return "" }
        if x.isInfinite { return x < 0 ? "-∞" : "∞" }
        let sign = x < 0 ? "-" : ""
        let m = abs(x)
        if m >= 1e15 { return x.description }
        if m == m.rounded() { return (m == 0 ? "" : sign) + NumberText.groupThousands(String(Int64(m))) }
        if m < 0.01 { return sign + significant(m, figures: 3) }
        let hundredths = Int64((m * 100).rounded())
        if hundredths == 0 { return "0" }
        return sign + decimal(hundredths, places: 2, keepZeros: false)
    }

    /// `12.1%`, `72%` (`72.0%` when `alwaysDecimal`, as in tables).
    public static func percent(_ x: Double, alwaysDecimal: Bool) -> String {
        if x.isNaN { return "" }
        if x.isInfinite { return (x < 0 ? "-∞" : "∞") + "%" }
        let tenths = (abs(x) * 1000).rounded()
        guard tenths < 1e17 else { return (x * 100).description + "%" }
        let body = decimal(Int64(tenths), places: 1, keepZeros: alwaysDecimal)
        return (x < 0 && tenths != 0 ? "-" : "") + body + "%"
    }

    /// An integer count of 10^-places units as grouped decimal text, trailing zeros dropped unless `keepZeros`.
    static func decimal(_ units: Int64, places: Int, keepZeros: Bool) -> String {
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let whole = NumberText.groupThousands(String(units / scale))
        var fraction = String(units % scale)
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        if !keepZeros { while fraction.last == "0" { fraction.removeLast() } }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    /// A small positive magnitude to `figures` significant figures, trailing zeros dropped.
    static func significant(_ m: Double, figures: Int) -> String {
        var exponent = decimalExponent(m)
        var places = figures - 1 - exponent
        guard places <= 17 else { return m.description }
        var units = (m * pow10(places)).rounded()
        if units >= pow10(figures) { exponent += 1; places -= 1; units = (m * pow10(places)).rounded() }
        var digits = String(Int64(units))
        digits = String(repeating: "0", count: max(0, places - digits.count)) + digits
        while digits.last == "0" { digits.removeLast() }
        return "0." + digits
    }

    /// The power of ten of a positive magnitude's leading digit: -3 for 0.00123.
    private static func decimalExponent(_ m: Double) -> Int {
        var e = 0, x = m
        while x >= 10 { x /= 10; e += 1 }
        while x < 1 { x *= 10; e -= 1 }
        return e
    }

    private static func pow10(_ n: Int) -> Double {
        (0..<n).reduce(1.0) { acc, _ in acc * 10 }
    }
}

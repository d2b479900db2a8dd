/// Money as text: pounds grouped, pence when there are any, negatives signed or bracketed, millions to a precision.
extension NumberText {
    /// `£3,712`, `£3,712.50`, `-£98,000`; `(£98,000)` in accounting style; `£1.2m` in millions.
    public static func money(_ amount: Money, _ style: Money.Style = .plain) -> String {
        let negative = amount.pence < 0
        let magnitude = amount.pence.magnitude
        switch style {
        case .plain, .accounting:
            let pounds = magnitude / 100
            let p = magnitude % 100
            var body = "£" + groupThousands(String(pounds))
            if p != 0 { body += "." + (p < 10 ? "0" : "") + String(p) }
            if !negative { return body }
            if case .accounting = style { return "(" + body + ")" }
            return "-" + body
        case let .millions(decimals, brackets):
            let body = "£" + scaled(magnitude, by: 100_000_000, decimals: decimals) + "m"
            if !negative { return body }
            return brackets ? "(" + body + ")" : "-" + body
        }
    }

    /// Money as a CSV file holds it, ungrouped with its pence: `£3712.50`, `-£5.00`.
    public static func plainMoney(_ amount: Money) -> String {
        let magnitude = amount.pence.magnitude
        let pence = magnitude % 100
        return (amount.pence < 0 ? "-£" : "£") + String(magnitude / 100) + "." + (pence < 10 ? "0" : "") + String(pence)
    }

    /// A magnitude divided by `scale`, rounded half-up to `decimals` places, grouped: pence in £m is `scale` 10^8.
    public static func scaled(_ magnitude: UInt64, by scale: UInt64, decimals: Int) -> String {
        let decimals = max(0, min(decimals, 18))
        var unit: UInt128 = 1
        for _ in 0..<decimals { unit *= 10 }
        // Round half up at the requested precision using (wide, so never overflowing) integer arithmetic.
        let scaled = (UInt128(magnitude) * unit * 2 + UInt128(scale)) / (UInt128(scale) * 2)
        let whole = UInt64(scaled / unit)
        let frac = UInt64(scaled % unit)
        var text = groupThousands(String(whole))
        if decimals > 0 {
            var f = String(frac)
            while f.count < decimals { f = "0" + f }
            text += "." + f
        }
        return text
    }
}

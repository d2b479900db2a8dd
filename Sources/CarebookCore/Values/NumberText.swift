/// The one number formatter: every number, percentage, amount of money and indicator value that becomes
/// text goes through it, in Core (messages, and text the language itself holds) and in CarebookRender
/// (results). Here: grouped whole numbers, numbers in messages, one decimal place; money in
/// NumberText+Money, indicator values in NumberText+Indicator; the forms results are shown in
/// (`number`, `percent`) are CarebookRender's (NumberText+Display there).
public enum NumberText {
    /// `56,356`; `-1,204`.
    public static func grouped(_ n: Int) -> String {
        (n < 0 ? "-" : "") + groupThousands(String(n.magnitude))
    }

    /// A count and what it counts: `1 row`, `7,467 rows`, `2 children` (`plural` when not the singular and an s).
    public static func counted(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        n == 1 ? "1 " + singular : grouped(n) + " " + (plural ?? singular + "s")
    }

    /// Inserts commas every three digits from the right: "1234567" → "1,234,567".
    public static func groupThousands(_ digits: String) -> String {
        guard digits.count > 3 else { return digits }
        var out: [Character] = []
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }

    /// A number in a message: a whole number without a point (`3`), others to at most four places (`0.1235`).
    public static func brief(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        let r = (x * 10_000).rounded() / 10_000
        return String(r)
    }

    /// A percentage in a message, from a fraction: `72%`, `12.5%` (`brief` of the percentage).
    public static func briefPercent(_ fraction: Double) -> String { brief(fraction * 100) + "%" }

    /// A number in full: a whole number without a point (`3`), others as written (`0.125`). For an error
    /// message about a literal, and where numbers are matched as text (identifiers, cohort keys).
    public static func exact(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    /// A fixed number of decimal places, not grouped: `fixed(3.14159, 2)` is `3.14` (timings).
    public static func fixed(_ x: Double, _ decimals: Int) -> String {
        let scale = (0..<decimals).reduce(1.0) { r, _ in r * 10 }
        let units = Int64((abs(x) * scale).rounded())
        let whole = String(units / Int64(scale)), part = String(units % Int64(scale))
        let sign = x < 0 && units != 0 ? "-" : ""
        guard decimals > 0 else { return sign + whole }
        return sign + whole + "." + String(repeating: "0", count: decimals - part.count) + part
    }

    /// A whole number right-aligned in `width` columns (`   7`), for numbered lists.
    public static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: " ", count: max(0, width - digits.count)) + digits
    }

    /// One decimal place, grouped: `12.3`, `-0.5`, `56,356.0`.
    public static func oneDecimal(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return sign + grouped(a / 10) + "." + String(a % 10)
    }
}

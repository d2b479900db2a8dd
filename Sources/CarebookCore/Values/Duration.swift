/// A length of time: whole calendar months plus days.
///
/// Months stay months (`6 months` after 31 Aug is 28/29 Feb), days stay days
/// (`26 weeks` is 182 days). A date minus a date is a number of days.
public struct Duration: Sendable, Hashable, Codable {
    public var months: Int
    public var days: Int

    public init(months: Int = 0, days: Int = 0) {
        self.months = months
        self.days = days
    }

    public static func weeks(_ n: Int) -> Duration { Duration(days: n * 7) }
    public static func years(_ n: Int) -> Duration { Duration(months: n * 12) }

    /// Approximate length in days (a month counts 365.25 / 12 days); exact for day-only durations.
    public var approximateDays: Double { Double(months) * 365.25 / 12 + Double(days) }

    /// Length in weeks (approximate when months are involved).
    public var weeks: Double { approximateDays / 7 }

    public static func + (a: Duration, b: Duration) -> Duration {
        Duration(months: a.months + b.months, days: a.days + b.days)
    }

    /// The largest number of months or days a duration holds (about 2.7 million years of days).
    public static let limit = 1_000_000_000

    /// The sum of two durations; nil when a part would exceed `limit`.
    public func adding(_ other: Duration) -> Duration? {
        let m = months + other.months, d = days + other.days
        guard Swift.abs(m) <= Self.limit, Swift.abs(d) <= Self.limit else { return nil }
        return Duration(months: m, days: d)
    }

    /// True when scaling by `factor` keeps both parts within `limit` (and finite).
    public func fits(scaledBy factor: Double) -> Bool {
        guard factor.isFinite else { return false }
        let bound = Double(Self.limit)
        return Swift.abs(Double(months) * factor) <= bound && Swift.abs(Double(days) * factor) <= bound
    }

    public static prefix func - (a: Duration) -> Duration {
        Duration(months: -a.months, days: -a.days)
    }

    /// Scales by a whole number of times; nil when a fractional factor would split a month or a day.
    public func scaled(by factor: Double) -> Duration? {
        if factor == factor.rounded(), abs(factor) < 1e9 {
            let k = Int(factor)
            return Duration(months: months * k, days: days * k)
        }
        if months == 0 {
            let d = Double(days) * factor
            return d == d.rounded() ? Duration(days: Int(d)) : nil
        }
        let m = Double(months) * factor
        return (m == m.rounded() && days == 0) ? Duration(months: Int(m)) : nil
    }

    /// True when both parts are zero.
    public var isZero: Bool { months == 0 && days == 0 }
}

extension Duration: CustomStringConvertible {
    /// `26 weeks`, `3 days`, `6 months`, `2 years`, `1 year 2 months 3 days`.
    public var description: String {
        if isZero { return "0 days" }
        var parts: [String] = []
        let negative = months < 0 || (months == 0 && days < 0)
        let m = abs(months), d = abs(days)
        if m > 0 {
            if m % 12 == 0 { parts.append(Self.plural(m / 12, "year")) }
            else if m > 12 { parts.append(Self.plural(m / 12, "year")); parts.append(Self.plural(m % 12, "month")) }
            else { parts.append(Self.plural(m, "month")) }
        }
        if d > 0 {
            if m == 0 && d % 7 == 0 { parts.append(Self.plural(d / 7, "week")) }
            else { parts.append(Self.plural(d, "day")) }
        }
        return (negative ? "-" : "") + parts.joined(separator: " ")
    }

    static func plural(_ n: Int, _ unit: String) -> String {
        String(n) + " " + unit + (n == 1 ? "" : "s")
    }
}

extension Day {
    /// The date moved forward by a duration (months first, then days).
    public func adding(_ d: Duration) -> Day {
        adding(months: d.months).adding(days: d.days)
    }
}

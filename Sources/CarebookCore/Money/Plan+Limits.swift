extension Plan {
    /// The most a plan's weekly costs (old and new, all children) may add up to: £10,000,000,000.
    /// Within it every figure — a saving over the whole 0001–9999 date range included — fits in pence.
    public static let maxWeeklyPence: Int64 = 1_000_000_000_000

    /// Fails when the plan's figures could not be computed exactly: weekly costs adding up to more
    /// than `maxWeeklyPence`, a move dated outside 0001-01-01…9999-12-31, a success rate outside
    /// 0–100%, or weeks per year outside 0–53 (as `weeks_per_year` allows).
    public func checkLimits() throws(Diagnostic) {
        var total: Int128 = 0
        for m in moves {
            total += Int128(max(m.oldWeekly.pence.magnitude, m.newWeekly.pence.magnitude))
            guard m.date.isSupported else { throw Diagnostic("a move on \(m.date.iso) is outside 0001-01-01 to 9999-12-31") }
            guard (0...1).contains(m.success) else { throw Diagnostic("a success rate is between 0% and 100%") }
        }
        guard total <= Int128(Self.maxWeeklyPence) else {
            throw Diagnostic("the plan's weekly costs add up to more than \(Money(pence: Self.maxWeeklyPence).formatted()): too large to compute exactly")
        }
        guard weeksPerYear > 0, weeksPerYear <= 53 else {
            throw Diagnostic("weeks per year must be between 0 and 53, not \(NumberText.brief(weeksPerYear))")
        }
    }
}

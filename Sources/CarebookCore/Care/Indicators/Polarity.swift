/// Whether a higher or a lower value of an indicator is good (or neither, for counts shown for information).
public enum Polarity: String, Sendable, CaseIterable {
    case high, low, info

    /// `High`, `Low`, `Info` as the scorecard's "good performance is" column prints it.
    public var title: String {
        switch self {
        case .high: "High"
        case .low: "Low"
        case .info: "Info"
        }
    }
}

/// What an indicator's value measures, and how it prints.
public enum IndicatorUnit: String, Sendable {
    case count
    /// A fraction printed as a percentage (`0.121` → `12.1%`).
    case percent
    case ratePer10000 = "rate per 10,000"
    /// An average in years, to one decimal.
    case years
    /// A signed change in a count (`+18`).
    case change
    /// An average of counts, to one decimal (11.4's cases per social worker, `10.7`).
    case averageCount = "average count"
    /// An average number of days, to one decimal (adoption timeliness).
    case averageDays = "average days"

    /// The value as the scorecard prints it: `522`, `12.1%`, `92.6`, `11.2`, `+18`.
    public func format(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        switch self {
        case .count: return NumberText.grouped(Int(value.rounded()))
        case .percent: return NumberText.oneDecimal(value * 100) + "%"
        case .ratePer10000, .years, .averageCount, .averageDays: return NumberText.oneDecimal(value)
        case .change:
            let n = Int(value.rounded())
            return (n > 0 ? "+" : "") + NumberText.grouped(n)
        }
    }

    /// The step the printed value moves in (1 for counts, 0.1% for percentages, 0.1 for rates and years).
    public var step: Double {
        switch self {
        case .count, .change: 1
        case .percent: 0.001
        case .ratePer10000, .years, .averageCount, .averageDays: 0.1
        }
    }

    /// The value rounded to the printed step, so that direction of travel reads what the reader sees.
    public func rounded(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return (value / step).rounded() * step
    }

}

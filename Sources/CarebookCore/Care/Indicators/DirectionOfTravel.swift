/// The direction of travel of an indicator since the previous month, read with its polarity.
public enum DirectionOfTravel: String, Sendable, CaseIterable {
    /// Better than last month (a rise for a high-is-good measure, a fall for a low-is-good one).
    case improving
    /// Worse than last month.
    case declining
    case unchanged
    /// A rise in a measure shown for information.
    case increased
    /// A fall in a measure shown for information.
    case decreased

    /// `↑` improving or increased, `↓` declining or decreased, `→` unchanged (the seeds' scorecard key).
    public var symbol: String {
        switch self {
        case .improving, .increased: "↑"
        case .declining, .decreased: "↓"
        case .unchanged: "→"
        }
    }

    /// Reads the change from `previous` to `current`; changes no larger than `tolerance` are unchanged.
    /// Nil when either value is missing.
    public static func read(previous: Double?, current: Double?, polarity: Polarity,
                            tolerance: Double = 1e-9) -> DirectionOfTravel? {
        guard let previous, let current, previous.isFinite, current.isFinite else { return nil }
        let change = current - previous
        if abs(change) <= tolerance { return .unchanged }
        switch polarity {
        case .high: return change > 0 ? .improving : .declining
        case .low: return change < 0 ? .improving : .declining
        // Within limits: a move either way may be better or worse, so it reads as up or down.
        case .info, .withinLimits: return change > 0 ? .increased : .decreased
        }
    }
}

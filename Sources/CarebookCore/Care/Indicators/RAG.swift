/// A red/amber/green rating of a value against an indicator's target and tolerances.
public enum RAG: String, Sendable, CaseIterable {
    case red = "Red", amber = "Amber", green = "Green"

    /// Rates a value. For a high-is-good measure: green at or above `green`, red below `red`
    /// (or below `amber` when no red is set), amber between. For a low-is-good measure the
    /// other way round: green below `green`, red at or above `red`. With no amber band,
    /// anything short of green is red. Nil for `.info` measures or when no threshold is set.
    public static func rate(value: Double, thresholds: Thresholds, polarity: Polarity) -> RAG? {
        guard polarity != .info, thresholds.isSet else { return nil }
        if polarity == .withinLimits { return rateWithinLimits(value, thresholds) }
        let better: (Double, Double) -> Bool = polarity == .high ? { $0 >= $1 } : { $0 < $1 }
        if let g = thresholds.green, better(value, g) { return .green }
        if let r = thresholds.red ?? thresholds.amber, !better(value, r) { return .red }
        if thresholds.amber != nil || thresholds.red != nil { return .amber }
        return .red
    }
}

/// The target and tolerances of an indicator, in the unit of its value (percentages as fractions).
public struct Thresholds: Sendable, Equatable {
    /// The red boundary: red at or beyond it on the bad side.
    public var red: Double?
    /// The amber boundary: amber from it up to green.
    public var amber: Double?
    /// The target: green at or beyond it on the good side.
    public var green: Double?
    /// For a `within limits` measure, the top of the green range (`green` is its bottom).
    public var greenUpper: Double? = nil
    /// For a `within limits` measure, the top of the amber range (`amber` is its bottom); red outside it.
    public var amberUpper: Double? = nil

    public init(red: Double? = nil, amber: Double? = nil, green: Double? = nil) {
        self.red = red
        self.amber = amber
        self.green = green
    }

    /// Limits for a `within limits` measure: green from `green.lower` to `green.upper`, amber within the
    /// amber range outside it (when given), red beyond.
    public static func limits(green: (lower: Double, upper: Double),
                              amber: (lower: Double, upper: Double)? = nil) -> Thresholds {
        var t = Thresholds(amber: amber?.lower, green: green.lower)
        t.greenUpper = green.upper
        t.amberUpper = amber?.upper
        return t
    }

    public static let none = Thresholds()

    public var isSet: Bool { red != nil || amber != nil || green != nil }
}

extension RAG {
    /// A `within limits` rating: green inside the green range (ends included), amber inside the amber range, else red.
    static func rateWithinLimits(_ value: Double, _ t: Thresholds) -> RAG? {
        guard let lower = t.green, let upper = t.greenUpper else { return nil }
        if lower <= value && value <= upper { return .green }
        if let a = t.amber, let b = t.amberUpper, a <= value && value <= b { return .amber }
        return .red
    }
}

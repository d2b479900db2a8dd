/// A red/amber/green rating of a value against an indicator's target and tolerances.
public enum RAG: String, Sendable, CaseIterable {
    case red = "Red", amber = "Amber", green = "Green"

    /// Rates a value. For a high-is-good measure: green at or above `green`, red below `red`
    /// (or below `amber` when no red is set), amber between. For a low-is-good measure the
    /// other way round: green below `green`, red at or above `red`. With no amber band,
    /// anything short of green is red. Nil for `.info` measures or when no threshold is set.
    public static func rate(value: Double, thresholds: Thresholds, polarity: Polarity) -> RAG? {
        guard polarity != .info, thresholds.isSet else { return nil }
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

    public init(red: Double? = nil, amber: Double? = nil, green: Double? = nil) {
        self.red = red
        self.amber = amber
        self.green = green
    }

    public static let none = Thresholds()

    public var isSet: Bool { red != nil || amber != nil || green != nil }
}

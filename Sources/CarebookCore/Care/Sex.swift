/// A child's sex as recorded in the 903 header (1/2 before 2024-25, M/F/U after).
public enum Sex: UInt8, Sendable {
    case male, female, unknown

    /// Reads `1`, `2`, `M`, `F`, `U` (any case); nil for anything else.
    public init?(code: String) {
        switch code.trimmingSpaces.uppercased() {
        case "1", "1.0", "M": self = .male
        case "2", "2.0", "F": self = .female
        case "U", "0", "9": self = .unknown
        default: return nil
        }
    }

    /// `M`, `F` or `U`.
    public var code: String {
        switch self {
        case .male: "M"
        case .female: "F"
        case .unknown: "U"
        }
    }
}

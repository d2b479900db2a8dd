/// The age bands the DfE and the seeds report looked-after children in, and `unknown` for a child
/// with no readable date of birth (last, so ageing never leads into it).
public enum AgeBand: Int, Sendable, CaseIterable {
    case underOne, oneToFour, fiveToNine, tenToFifteen, sixteenPlus, unknown

    /// The band of an age in whole years; `unknown` when the age is not known.
    public init(age: Int?) {
        guard let age else {
            self = .unknown
            return
        }
        switch age {
        case ..<1: self = .underOne
        case 1...4: self = .oneToFour
        case 5...9: self = .fiveToNine
        case 10...15: self = .tenToFifteen
        default: self = .sixteenPlus
        }
    }

    /// `Under 1`, `1–4`, `5–9`, `10–15`, `16+`, `Unknown`.
    public var label: String {
        switch self {
        case .underOne: "Under 1"
        case .oneToFour: "1–4"
        case .fiveToNine: "5–9"
        case .tenToFifteen: "10–15"
        case .sixteenPlus: "16+"
        case .unknown: "Unknown"
        }
    }

    /// The labels in band order, `Unknown` last (the `levels` of an age_band column).
    public static let labels = allCases.map(\.label)

    /// The bands of a known age, in order.
    public static let known = allCases.filter { $0 != .unknown }
}

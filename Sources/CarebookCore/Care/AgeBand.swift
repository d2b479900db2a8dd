/// The age bands the DfE and the seeds report looked-after children in.
public enum AgeBand: Int, Sendable, CaseIterable {
    case underOne, oneToFour, fiveToNine, tenToFifteen, sixteenPlus

    /// The band of an age in whole years.
    public init(age: Int) {
        switch age {
        case ..<1: self = .underOne
        case 1...4: self = .oneToFour
        case 5...9: self = .fiveToNine
        case 10...15: self = .tenToFifteen
        default: self = .sixteenPlus
        }
    }

    /// `Under 1`, `1–4`, `5–9`, `10–15`, `16+`.
    public var label: String {
        switch self {
        case .underOne: "Under 1"
        case .oneToFour: "1–4"
        case .fiveToNine: "5–9"
        case .tenToFifteen: "10–15"
        case .sixteenPlus: "16+"
        }
    }

    /// The labels in band order (the `levels` of an age_band column).
    public static let labels = allCases.map(\.label)
}

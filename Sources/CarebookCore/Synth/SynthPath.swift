/// The way a child's period of care is heading, drawn at admission: it shapes legal status, placements and the exit.
public enum SynthPath: Int, CaseIterable, Sendable {
    case adoption, home, specialGuardianship, childArrangements, longTerm, other

    /// The leavers' reason group this path usually ends in (long-term care ends at 18, mostly "other").
    var label: String {
        switch self {
        case .adoption: "adoption"
        case .home: "home"
        case .specialGuardianship: "sgo"
        case .childArrangements: "cao"
        case .longTerm: "long-term"
        case .other: "other"
        }
    }
}

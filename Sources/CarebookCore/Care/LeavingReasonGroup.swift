/// The group a reason for leaving care (REC) falls in, as the seeds report leavers.
public enum LeavingReasonGroup: String, Sendable, CaseIterable {
    case adoption = "Adoption"
    case specialGuardianship = "SGO"
    case childArrangements = "CAO/residence"
    case home = "Home"
    case independence = "18+/independence"
    case other = "Other"

    /// The group of a REC code: E11/E12 adoption; E43–E48 SGO; E41 CAO or residence order;
    /// E4A, E4B, E13 home; E5, E6, E7, E15, E17 18+ or independence; anything else other.
    public init(rec: String) {
        switch rec {
        case "E11", "E12": self = .adoption
        case "E43", "E44", "E45", "E46", "E47", "E48": self = .specialGuardianship
        case "E41": self = .childArrangements
        case "E4A", "E4B", "E13": self = .home
        case "E5", "E6", "E7", "E15", "E17": self = .independence
        default: self = .other
        }
    }

    /// True for the permanence routes of indicator 6.5: adoption, SGO, CAO/residence order.
    public var isPermanence: Bool {
        self == .adoption || self == .specialGuardianship || self == .childArrangements
    }

    /// The group of each REC code, by its index in `SSDA903Codes.reasonCeased`.
    static let byIndex: [LeavingReasonGroup] = SSDA903Codes.reasonCeased.codes.map { LeavingReasonGroup(rec: $0) }
}

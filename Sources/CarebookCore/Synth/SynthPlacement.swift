/// The placement groups the simulation moves children between, in the order and with the names of the default mapping.
///
/// Each group knows the SSDA903 PLACE and PLACE_PROVIDER codes it is written
/// with and how often it lies outside the borough, so the written episodes map
/// back to the same group under `PlacementMapping.default`.
public enum SynthPlacement: Int, CaseIterable, Sendable {
    case inHouseFostering, connectedFostering, agencyFostering, inHouseHome, commissionedHome
    case residentialSchool, secure, placedForAdoption, withParents, independentLiving, custody, other

    /// The group name, exactly as in `Datasets/reference/placement-groups.csv`.
    public var name: String {
        switch self {
        case .inHouseFostering: "In-house fostering"
        case .connectedFostering: "Connected-person fostering"
        case .agencyFostering: "Agency fostering (IFA / other LA)"
        case .inHouseHome: "In-house children's home"
        case .commissionedHome: "Commissioned children's home"
        case .residentialSchool: "Residential school"
        case .secure: "Secure"
        case .placedForAdoption: "Placed for adoption"
        case .withParents: "Placed with parents"
        case .independentLiving: "Independent / supported living"
        case .custody: "Custody"
        case .other: "Other"
        }
    }

    /// The PLACE codes the group is written with, with relative weights.
    var places: [(code: String, weight: Double)] {
        switch self {
        case .inHouseFostering: [("U6", 0.55), ("U4", 0.4), ("U5", 0.05)]
        case .connectedFostering: [("U3", 0.6), ("U1", 0.37), ("U2", 0.03)]
        case .agencyFostering: [("U6", 0.6), ("U4", 0.38), ("U5", 0.02)]
        case .inHouseHome, .commissionedHome: [("K2", 0.93), ("R1", 0.07)]
        case .residentialSchool: [("S1", 1)]
        case .secure: [("K1", 1)]
        case .placedForAdoption: [("A4", 0.35), ("A6", 0.5), ("A5", 0.1), ("A3", 0.05)]
        case .withParents: [("P1", 1)]
        case .independentLiving: [("H5", 0.8), ("P2", 0.2)]
        case .custody: [("R5", 1)]
        case .other: [("R3", 0.5), ("R2", 0.3), ("Z1", 0.2)]
        }
    }

    /// The PLACE_PROVIDER codes the group is written with, with relative weights (empty: none).
    var providers: [(code: String, weight: Double)] {
        switch self {
        case .inHouseFostering, .inHouseHome: [("PR1", 1)]
        case .connectedFostering: [("PR1", 0.95), ("PR2", 0.05)]
        case .agencyFostering: [("PR4", 0.68), ("PR5", 0.22), ("PR2", 0.1)]
        case .commissionedHome: [("PR4", 0.85), ("PR5", 0.1), ("PR2", 0.05)]
        case .residentialSchool: [("PR5", 0.6), ("PR4", 0.3), ("PR2", 0.1)]
        case .secure: [("PR2", 0.7), ("PR3", 0.3)]
        case .placedForAdoption: [("PR1", 0.7), ("PR5", 0.25), ("PR2", 0.05)]
        case .withParents: [("PR0", 1)]
        case .independentLiving: [("PR4", 0.5), ("PR5", 0.3), ("PR1", 0.2)]
        case .custody: [("PR3", 1)]
        case .other: [("PR4", 0.5), ("PR3", 0.5)]
        }
    }

    /// The chance a placement in this group is outside the borough's postcode districts.
    var outOfAreaChance: Double {
        switch self {
        case .inHouseFostering: 0.08
        case .connectedFostering: 0.3
        case .agencyFostering: 0.55
        case .inHouseHome: 0
        case .commissionedHome: 0.9
        case .residentialSchool, .secure, .custody: 1
        case .placedForAdoption: 0.6
        case .withParents: 0.1
        case .independentLiving: 0.15
        case .other: 0.5
        }
    }

    /// True for a foster placement (PLACE U1–U6).
    var isFostering: Bool { self == .inHouseFostering || self == .connectedFostering || self == .agencyFostering }

    /// True for a commissioned placement (agency fostering or a commissioned home).
    var isCommissioned: Bool { self == .agencyFostering || self == .commissionedHome }
}

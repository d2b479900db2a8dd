/// Which SSDA903 file a table is, recognised by its column names.
public enum SSDA903Kind: String, Sendable, CaseIterable {
    case header, episodes, reviews, uasc, oc2, oc3, ad1, placedForAdoption, previousPermanence, missing, socialWorkers

    /// The columns that identify each kind (a file must have all of them; others may be present).
    public var signature: [String] {
        switch self {
        case .header: ["CHILD", "SEX", "DOB", "ETHNIC"]
        case .episodes: ["CHILD", "DECOM", "RNE", "LS", "PLACE", "REC"]
        case .reviews: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"]
        case .uasc: ["CHILD", "SEX", "DOB", "DUC"]
        case .oc2: ["CHILD", "DOB", "SDQ_SCORE", "CONVICTED", "HEALTH_CHECK"]
        case .oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]
        case .ad1: ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE"]
        case .placedForAdoption: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]
        case .previousPermanence: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"]
        case .missing: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]
        case .socialWorkers: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"]
        }
    }

    /// A short description for load messages ("SSDA903 episodes").
    public var title: String {
        switch self {
        case .header: "SSDA903 header"
        case .episodes: "SSDA903 episodes"
        case .reviews: "SSDA903 reviews"
        case .uasc: "SSDA903 UASC"
        case .oc2: "SSDA903 OC2 (outcomes)"
        case .oc3: "SSDA903 OC3 (care leavers)"
        case .ad1: "SSDA903 AD1 (adoption)"
        case .placedForAdoption: "SSDA903 placed for adoption"
        case .previousPermanence: "SSDA903 previous permanence"
        case .missing: "SSDA903 missing episodes"
        case .socialWorkers: "SSDA903 social-worker episodes"
        }
    }

    /// The columns analysis reads from a header or episodes file, which it cannot do without
    /// (a missing DEC would make every episode look open); other kinds need only their signature.
    public var required: [String] {
        switch self {
        case .header: ["CHILD", "SEX", "DOB"]
        case .episodes: ["CHILD", "DECOM", "DEC", "RNE", "LS", "PLACE", "REC"]
        default: signature
        }
    }

    /// The header or episodes kind a table is meant to be but cannot be read as, with the required
    /// columns it lacks; nil for a complete file or one that is not a 903 header or episodes file.
    ///
    /// A table is meant as episodes when it has CHILD and three of the episodes file's own columns,
    /// as a header when it has CHILD, two of the header's own columns and one of ETHNIC, UPN, MOTHER
    /// or MC_DOB (so a tracker with CHILD, SEX and DOB, or the UASC file, is not taken for one).
    public static func incomplete(columnNames: [String]) -> (kind: SSDA903Kind, missing: [String])? {
        let names = Set(columnNames.map { $0.trimmingSpaces.uppercased() })
        guard names.contains("CHILD") else { return nil }
        let episodeColumns: Set = ["DECOM", "DEC", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "REC",
                                   "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]
        let headerColumns: Set = ["SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
        let kind: SSDA903Kind
        if names.intersection(episodeColumns).count >= 3 {
            kind = .episodes
        } else if names.intersection(headerColumns).count >= 2,
                  !names.isDisjoint(with: ["ETHNIC", "UPN", "MOTHER", "MC_DOB"]) {
            kind = .header
        } else {
            return nil
        }
        if let detected = detect(columnNames: columnNames), detected != kind { return nil }
        let missing = kind.required.filter { !names.contains($0) }
        return missing.isEmpty ? nil : (kind, missing)
    }

    /// The kind whose signature the columns contain (names compared ignoring case); nil for other files.
    ///
    /// When several match, the one with the longest signature wins (ties go to the kind listed first).
    public static func detect(columnNames: [String]) -> SSDA903Kind? {
        let names = Set(columnNames.map { $0.trimmingSpaces.uppercased() })
        let matches = allCases.filter { kind in kind.signature.allSatisfy(names.contains) }
        return matches.max { $0.signature.count < $1.signature.count }
    }
}

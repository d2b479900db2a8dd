extension SSDA903Kind {
    /// Every column of the kind's CSV table, in the DfE specification's order (as the DfE validator names them).
    public var columns: [String] {
        switch self {
        case .header: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
        case .episodes: ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
                         "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]
        case .reviews: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"]
        case .uasc: ["CHILD", "SEX", "DOB", "DUC"]
        case .oc2: ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
                    "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]
        case .oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]
        case .ad1: ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
        case .placedForAdoption: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]
        case .previousPermanence: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"]
        case .missing: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]
        case .socialWorkers: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"]
        }
    }

    /// The kinds the XML return carries: every table of the return.
    public static let inXMLReturn: [SSDA903Kind] = allCases

    /// The suffix of the name an XML return's table of this kind is bound to (`fake_903_episodes`).
    public var bindingSuffix: String {
        switch self {
        case .placedForAdoption: "placed_for_adoption"
        case .previousPermanence: "previous_permanence"
        case .socialWorkers: "social_workers"
        default: rawValue
        }
    }
}

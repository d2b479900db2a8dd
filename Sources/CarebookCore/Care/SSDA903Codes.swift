/// The SSDA903 code lists carebook checks episodes and headers against (DOMAIN §2).
public enum SSDA903Codes {
    /// RNE, the reason a new episode started, in `ReasonNewEpisode` order.
    public static let rne = CodeList(field: "RNE", codes: ["S", "L", "P", "T", "U", "B"])

    /// LS, legal status.
    public static let legalStatus = CodeList(field: "LS", codes: [
        "C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4",
    ])

    /// CIN, category of need.
    public static let categoryOfNeed = CodeList(field: "CIN", codes: ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"])

    /// PLACE, placement type.
    public static let place = CodeList(field: "PLACE", codes: [
        "A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3",
        "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4",
        "U1", "U2", "U3", "U4", "U5", "U6", "Z1",
    ])

    /// PLACE_PROVIDER.
    public static let provider = CodeList(field: "PLACE_PROVIDER", codes: ["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"])

    /// REC, the reason an episode ceased.
    public static let reasonCeased = CodeList(field: "REC", codes: [
        "E11", "E12", "E43", "E44", "E45", "E46", "E47", "E48", "E41",
        "E4A", "E4B", "E13", "E2", "E3", "E5", "E6", "E7", "E8", "E9",
        "E14", "E15", "E16", "E17", "X1",
    ])

    /// REASON_PLACE_CHANGE.
    public static let reasonPlaceChange = CodeList(field: "REASON_PLACE_CHANGE", codes: [
        "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER",
    ])

    /// Short-break legal statuses (V3, V4), excluded from looked-after counts.
    public static let shortBreaks = legalStatus.indices(["V3", "V4"])
    /// Temporary placements (T0–T4), which never count as a placement.
    public static let temporaryPlaces = place.indices(["T0", "T1", "T2", "T3", "T4"])
    /// Placed for adoption (A3–A6).
    public static let adoptionPlaces = place.indices(["A3", "A4", "A5", "A6"])
    /// Court authority to place for adoption: a placement order (E1) or a freeing order (D1).
    public static let placementOrders = legalStatus.indices(["E1", "D1"])
    /// Foster placements (U1–U6).
    public static let fosterPlaces = place.indices(["U1", "U2", "U3", "U4", "U5", "U6"])
    /// Placed with parents (P1).
    public static let withParents = place.index(of: "P1")!
    /// Placements that need no provider (temporary moves and Z1).
    public static let placesWithoutProvider = place.indices(["T0", "T1", "T2", "T3", "T4", "Z1"])
    /// REC X1: the episode ends and a new one starts the same day.
    public static let continuation = reasonCeased.index(of: "X1")!
}

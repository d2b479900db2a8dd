/// RNE: why an SSDA903 episode started.
public enum ReasonNewEpisode: UInt8, Sendable, CaseIterable {
    /// S: started to be looked after.
    case started
    /// L: change of legal status only.
    case legalStatus
    /// P: change of placement and carer.
    case placement
    /// T: change of placement, same carer.
    case placementSameCarer
    /// U: change of legal status and placement, same carer.
    case legalAndPlacementSameCarer
    /// B: change of legal status, placement and carer.
    case legalPlacementAndCarer

    /// The DfE code, `S`, `L`, `P`, `T`, `U` or `B`.
    public var code: String { SSDA903Codes.rne.codes[Int(rawValue)] }

    /// True when the child moves to a new carer (P or B): a new placement starts.
    public var changesCarer: Bool { self == .placement || self == .legalPlacementAndCarer }
}

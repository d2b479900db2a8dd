/// A care leaver's OC3 record (IN_TOUCH, ACTIV, ACCOM), taken around their birthday in the collection year.
public struct ReturnCareLeaver: Sendable {
    public var child: String
    public var dob: Day?
    /// IN_TOUCH: YES, NO, DIED, REFU, NREQ or RHOM; nil when blank or not a valid code (rule 131).
    public var inTouch: String?
    /// ACTIV: F1, P1, F2, P2, F4, P4, F5, P5 (education, employment or training), G4–G6 (not), 0 (no information); nil when not a valid code (rule 132).
    public var activity: String?
    /// ACCOM: a letter and 1 (suitable) or 2 (not suitable), or 0 (no information); nil when not a valid code (rule 133).
    public var accommodation: String?
    public var source: RowSource

    /// The IN_TOUCH codes (rule 131).
    static let inTouchCodes = ["YES", "NO", "DIED", "REFU", "NREQ", "RHOM"]
    /// The ACTIV codes (rule 132); the first eight are education, employment or training.
    static let activityCodes = ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"]
    static let eetCodes: Set = ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5"]
    /// The ACCOM codes (rule 133): each letter with 1 (suitable) or 2 (not suitable), and 0.
    static let accommodationCodes = ["B", "C", "D", "E", "G", "H", "K", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"]
        .flatMap { [$0 + "1", $0 + "2"] } + ["0"]

    /// True in education, employment or training (ACTIV F1–P5).
    public var inEET: Bool { activity.map(Self.eetCodes.contains) ?? false }
    /// True in suitable accommodation (ACCOM ending in 1).
    public var suitablyAccommodated: Bool { accommodation.map { $0.count == 2 && $0.hasSuffix("1") } ?? false }
    /// True when the DfE expects no activity or accommodation: the young person died or returned home (rule 344).
    public var outOfScope: Bool { inTouch == "DIED" || inTouch == "RHOM" }
}

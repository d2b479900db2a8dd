/// A child's OC2 record (children looked after continuously for 12 months at 31 March): health, dental, immunisations, SDQ, offending, substance misuse.
public struct ReturnHealth: Sendable {
    public var child: String
    public var dob: Day?
    /// SDQ_SCORE (0–40); nil when blank or not a number.
    public var sdqScore: Double?
    /// SDQ_REASON (SDQ1–SDQ5) as written.
    public var sdqReason: String?
    /// The 0/1 fields; nil when blank or not 0 or 1 (rule 181).
    public var convicted: Bool?
    /// HEALTH_CHECK: health promotion (development) checks up to date, for children under 5.
    public var healthCheck: Bool?
    public var immunisations: Bool?
    /// TEETH_CHECK: a dental check in the year (6.10).
    public var teethCheck: Bool?
    /// HEALTH_ASSESSMENT: the annual health assessment up to date (6.9).
    public var healthAssessment: Bool?
    public var substanceMisuse: Bool?
    public var interventionReceived: Bool?
    public var interventionOffered: Bool?
    public var source: RowSource

    /// The flag fields, in the order they are read and shown.
    static let flagFields = ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
                             "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]

    var flags: [Bool?] {
        [convicted, healthCheck, immunisations, teethCheck, healthAssessment, substanceMisuse,
         interventionReceived, interventionOffered]
    }

    init(child: String, dob: Day?, source: RowSource, flags: [Bool?]) {
        self.child = child
        self.dob = dob
        self.source = source
        (convicted, healthCheck, immunisations, teethCheck) = (flags[0], flags[1], flags[2], flags[3])
        (healthAssessment, substanceMisuse, interventionReceived, interventionOffered) = (flags[4], flags[5], flags[6], flags[7])
    }
}

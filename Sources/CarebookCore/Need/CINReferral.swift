/// One CIN episode (a CINdetails row): the referral and everything the census records under it.
public struct CINReferral: Sendable {
    public var child: String
    /// CINdetailsID.
    public var id: String
    public var date: Day
    public var source: String?
    public var needCode: String?
    public var closureDate: Day?
    public var closureReason: String?
    /// DateOfInitialCPC on the referral itself.
    public var conferenceDate: Day?
    /// ReferralNFA: no further action on the referral.
    public var nfa: Bool
    public var assessments: [CINAssessment] = []
    public var section47s: [Section47] = []
    public var plans: [CINPlan] = []
    public var protectionPlans: [ProtectionPlan] = []

    /// Open on a day: referred on or before it, not closed on or before it, and not no-further-action.
    func isOpen(on day: Day) -> Bool {
        !nfa && date <= day && (closureDate.map { $0 > day } ?? true)
    }
}

/// An assessment under a referral.
public struct CINAssessment: Sendable {
    public var id: String?
    public var start: Day
    public var authorised: Day?
    public var factors: String?
}

/// A section 47 enquiry and its initial child protection conference.
public struct Section47: Sendable {
    public var start: Day
    public var conferenceTarget: Day?
    public var conferenceDate: Day?
    public var conferenceNotRequired: Bool
}

/// A child in need plan (CINplanDates).
public struct CINPlan: Sendable {
    public var start: Day
    public var end: Day?

    /// Open on a day: started on or before it and not ended on or before it.
    func isOpen(on day: Day) -> Bool { start <= day && (end.map { $0 > day } ?? true) }
}

/// A child protection plan and its reviews.
public struct ProtectionPlan: Sendable {
    public var id: String?
    public var start: Day
    public var end: Day?
    public var initialCategory: String?
    public var latestCategory: String?
    public var previousPlans: Int?
    public var reviews: [Day] = []

    /// Open on a day: started on or before it and not ended on or before it.
    func isOpen(on day: Day) -> Bool { start <= day && (end.map { $0 > day } ?? true) }
}

/// A row of a local contacts table: a contact to the front door, with or without a child's id.
public struct CINContact: Sendable {
    public var child: String?
    public var date: Day
    public var outcome: String?
    /// When the front door decided what to do (an optional `decision_date` column).
    public var decision: Day?
}

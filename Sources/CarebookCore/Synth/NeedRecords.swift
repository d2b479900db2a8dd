/// One child known to the front door: a child of the 903 data (`careIndex` ≥ 0) or one who never enters care.
struct NeedChild: Sendable {
    var dob: Day
    var sex: UInt8
    var ethnicity: UInt8
    /// The child's position in the written SSDA903 header, or -1 for a child who never enters care.
    var careIndex: Int32
    var disability: UInt8 = 0
    /// The latest referral's date.
    var lastReferral: Day?
    var plans: Int = 0
}

/// One generated referral (a CINdetails episode) with everything that happened in it.
struct NeedReferral: Sendable {
    var child: Int32
    var date: Day
    var source: UInt8
    var need: UInt8
    var nfa = false
    /// The closure date and reason, nil while the referral is open.
    var closure: Day?
    var closureReason: UInt8 = 0
    var assessment: NeedAssessment?
    var cinPlans: [DateSpan] = []
    var section47: NeedSection47?
    var plans: [NeedPlan] = []
}

/// A period from a start to an end (nil while open).
struct DateSpan: Sendable {
    var start: Day
    var end: Day?

}

/// A child and family assessment: started, authorised (nil while open), with its factor codes.
struct NeedAssessment: Sendable {
    var id: Int32
    var start: Day
    var authorised: Day?
    var factors: [UInt8]
}

/// A section 47 enquiry and the initial conference it led to, if any.
struct NeedSection47: Sendable {
    var start: Day
    var conference: Day?
    /// The target date: 15 working days after the start.
    var target: Day
}

/// A child protection plan with its reviews.
struct NeedPlan: Sendable {
    var id: Int32
    var span: DateSpan
    var initialCategory: UInt8
    var latestCategory: UInt8
    var previous: Int
    var reviews: [Day]
}

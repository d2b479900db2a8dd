/// The Children in Need census data of every loaded CIN table, merged: children, their referrals with
/// assessments, section 47 enquiries, CIN plans and child protection plans, the local contacts, and every
/// problem found while reading them.
///
/// Several years' censuses merge into one data set: each record is identified by a key
/// (a child by LAchildID; a referral by LAchildID and CINdetailsID; an assessment by its referral and
/// AssessmentID, else its start date; an S47, CIN plan or CPP by its referral and start date; a review by
/// its plan and date), and when two loaded files hold the same record the copy in the file loaded later wins.
public struct CINDataSet: Sendable {
    public internal(set) var children: [String: CINChild] = [:]
    /// Every referral, by child then referral date.
    public internal(set) var referrals: [CINReferral] = []
    public internal(set) var contacts: [CINContact] = []
    /// Whether a contacts table is loaded (contacts indicators say "not loaded" otherwise, never 0).
    public internal(set) var hasContacts = false
    /// Whether the contacts table has a decision_date column (CIN19 says "not loaded" otherwise).
    public internal(set) var hasContactDecisions = false
    /// Whether any census table other than contacts is loaded.
    public internal(set) var hasCensus = false
    public internal(set) var issues: [CareIssue] = []
    /// Records found in more than one file, the later file's copy kept.
    public internal(set) var replaced = 0
    public internal(set) var files: [String] = []
    /// Each child's referrals' indices into `referrals`, in date order.
    var byChild: [String: [Int]] = [:]

    public init() {}

    /// The age of a child on a day; nil when the child or its date of birth is unknown.
    func age(_ child: String?, on day: Day) -> Int? {
        child.flatMap { children[$0]?.age(on: day) }
    }

    /// The first and last dates in the census data (referrals, closures, plans), for a default as-at date.
    public var dateRange: ClosedRange<Day>? {
        var days: [Day] = []
        for r in referrals {
            days.append(r.date)
            if let c = r.closureDate { days.append(c) }
            days += r.assessments.flatMap { [$0.start] + ($0.authorised.map { [$0] } ?? []) }
            days += r.section47s.map(\.start) + r.plans.map(\.start) + r.protectionPlans.map(\.start)
            days += r.protectionPlans.compactMap(\.end) + r.plans.compactMap(\.end)
        }
        days += contacts.map(\.date)
        guard let lo = days.min(), let hi = days.max() else { return nil }
        return lo...hi
    }

    /// A short summary for the load message.
    public var summary: CINSummary {
        CINSummary(children: Set(referrals.map(\.child)).union(children.keys).count, referrals: referrals.count,
                   assessments: referrals.reduce(0) { $0 + $1.assessments.count },
                   section47s: referrals.reduce(0) { $0 + $1.section47s.count },
                   protectionPlans: referrals.reduce(0) { $0 + $1.protectionPlans.count },
                   contacts: contacts.count, hasContacts: hasContacts, dates: dateRange, files: files.count,
                   replaced: replaced, issues: CINSummary.counts(issues))
    }
}

/// The CIN data as a load message reports it: how many children, referrals and plans, over which dates,
/// and the problems found, counted by rule. CarebookRender words it.
public struct CINSummary: Sendable, Equatable {
    /// One rule's count, with its outcome and a description of what was done.
    public struct RuleCount: Sendable, Equatable {
        public var rule: String
        public var outcome: CareIssue.Outcome
        public var count: Int
        public var what: String
    }

    /// Children in ChildIdentifiers or with a referral.
    public var children: Int
    public var referrals: Int
    public var assessments: Int
    public var section47s: Int
    public var protectionPlans: Int
    public var contacts: Int
    public var hasContacts: Bool
    public var dates: ClosedRange<Day>?
    public var files: Int
    public var replaced: Int
    public var issues: [RuleCount]

    static func counts(_ issues: [CareIssue]) -> [RuleCount] {
        var out: [RuleCount] = []
        for issue in issues {
            if let i = out.firstIndex(where: { $0.rule == issue.rule }) { out[i].count += 1; continue }
            out.append(RuleCount(rule: issue.rule, outcome: issue.outcome, count: 1, what: CINRules.what(issue.rule)))
        }
        return out
    }
}

/// The CIN data as a load message or `:validate` reports it: how many children, referrals and plans, over which
/// dates, and the problems found, counted by rule. CarebookRender words it.
///
/// A load's summary is the tables as read (`asRead`), added up from each table's tally without merging them:
/// children and referrals are counted once however many files hold them, the other records as read, and the
/// problems are those a table's rows show on their own. The merged data set's summary (`:validate`) counts
/// what the merge keeps.
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
    /// Counted from the tables as read, before they are merged (a load's summary).
    public var asRead = false

    init(children: Int, referrals: Int, assessments: Int, section47s: Int, protectionPlans: Int, contacts: Int,
         hasContacts: Bool, dates: ClosedRange<Day>?, files: Int, replaced: Int, issues: [RuleCount], asRead: Bool = false) {
        (self.children, self.referrals, self.assessments, self.section47s, self.protectionPlans) =
            (children, referrals, assessments, section47s, protectionPlans)
        (self.contacts, self.hasContacts, self.dates, self.files, self.replaced, self.issues, self.asRead) =
            (contacts, hasContacts, dates, files, replaced, issues, asRead)
    }

    /// The tables as read, added up: children and referrals as sets (a copy in a later file replaces one, counted
    /// in `replaced`), the other records summed by kind, the problems summed by rule and listed as the merge lists them.
    init(tallies: [CINTally]) {
        func records(_ kind: CINKind) -> Int { tallies.filter { $0.kind == kind }.reduce(0) { $0 + $1.records } }
        var children = Set<String>(), referrals = Set<String>(), identified = Set<String>()
        for t in tallies { children.formUnion(t.children); referrals.formUnion(t.referrals); identified.formUnion(t.identified) }
        let copies = tallies.reduce(0) { $0 + $1.referrals.count + $1.identified.count }
        var issues: [RuleCount] = [], firsts: [String: CINFirst] = [:]
        for t in tallies {
            for count in t.issues {
                if let i = issues.firstIndex(where: { $0.rule == count.rule }) { issues[i].count += count.count } else { issues.append(count) }
            }
            for (rule, first) in t.firsts where firsts[rule].map({ first < $0 }) ?? true { firsts[rule] = first }
        }
        // In the order the merged data set gives them: by where each rule is first broken.
        issues.sort { (firsts[$0.rule]!, $0.rule) < (firsts[$1.rule]!, $1.rule) }
        let ranges = tallies.compactMap(\.dates)
        let dates = ranges.isEmpty ? nil : ranges.map(\.lowerBound).min()!...ranges.map(\.upperBound).max()!
        self.init(children: children.count, referrals: referrals.count, assessments: records(.assessments),
                  section47s: records(.section47), protectionPlans: records(.childProtectionPlans), contacts: records(.contacts),
                  hasContacts: tallies.contains { $0.kind == .contacts }, dates: dates, files: tallies.count,
                  replaced: copies - referrals.count - identified.count, issues: issues, asRead: true)
    }

    static func counts(_ issues: [CareIssue]) -> [RuleCount] {
        var out: [RuleCount] = []
        for issue in issues {
            if let i = out.firstIndex(where: { $0.rule == issue.rule }) { out[i].count += 1; continue }
            out.append(RuleCount(rule: issue.rule, outcome: issue.outcome, count: 1, what: CINRules.what(issue.rule)))
        }
        return out
    }
}

/// What one loaded CIN table holds, read once when it is loaded: the children, referrals and records its rows
/// keep, the dates they span, and the problems its rows show on their own, counted by rule.
///
/// The load summary adds these up (`CINSummary(tallies:)`), so loading a table costs a pass over its own rows,
/// not a rebuild of every table loaded before it. What only the merge can find — a record whose referral is not
/// loaded (CIN07), a child with no ChildIdentifiers row (CIN08), records under a referral a later census replaced —
/// is found when the data set is built, on first use (`:validate` and `validate()` report it).
struct CINTally: Sendable {
    var kind: CINKind
    /// Children named by the rows kept: ChildIdentifiers, ChildCharacteristics, Disabilities and referral rows.
    var children: Set<String> = []
    /// Children of the ChildIdentifiers rows kept (a child in two files is one record replaced).
    var identified: Set<String> = []
    /// The referrals kept, by their merge key (LAchildID and CINreferralDate).
    var referrals: Set<String> = []
    /// Assessments, S47s, CIN plans, CPPs, reviews or contacts kept (for the other kinds, 0).
    var records = 0
    var dates: ClosedRange<Day>?
    var issues: [CINSummary.RuleCount] = []
    /// Where each rule is first broken in the file (file, line): the summary lists rules in that order, as the merge does.
    var firsts: [String: CINFirst] = [:]

    /// Reads the table alone through the same rules as the merge (`CINBuilder`, standalone).
    init(_ source: CINSourceFile) {
        kind = source.kind
        var b = CINBuilder()
        b.standalone = true
        b.censuses = [source.census]
        b.referralFiles = source.kind == .cinDetails ? [0] : []
        b.read(source, index: 0)
        identified = source.kind == .childIdentifiers ? Set(b.childOrigin.keys) : []
        referrals = Set(b.referrals.keys)
        children = Set(b.children.keys).union(b.referrals.values.map(\.0.child))
        var days: [Day] = []
        for (r, _) in b.referrals.values { days.append(r.date); if let c = r.closureDate { days.append(c) } }
        for a in b.assessments.values.flatMap(\.values) { days.append(a.0.start); if let d = a.0.authorised { days.append(d) } }
        days += b.section47s.values.flatMap(\.values).map(\.0.start)
        for p in b.plans.values.flatMap(\.values) { days.append(p.0.start); if let e = p.0.end { days.append(e) } }
        for p in b.protectionPlans.values.flatMap(\.values) { days.append(p.0.start); if let e = p.0.end { days.append(e) } }
        days += b.contacts.map(\.date)
        if let lo = days.min(), let hi = days.max() { dates = lo...hi }
        records = b.assessments.values.reduce(0) { $0 + $1.count } + b.section47s.values.reduce(0) { $0 + $1.count }
            + b.plans.values.reduce(0) { $0 + $1.count } + b.protectionPlans.values.reduce(0) { $0 + $1.count }
            + b.reviews.count + b.contacts.count
        let sorted = b.issues.sorted { ($0.file, $0.line, $0.rule) < ($1.file, $1.line, $1.rule) }
        issues = CINSummary.counts(sorted)
        for issue in sorted where firsts[issue.rule] == nil { firsts[issue.rule] = CINFirst(file: issue.file, line: issue.line) }
    }
}

/// Where a rule is first broken: a file and a line, ordered as the merged data set orders its problems.
struct CINFirst: Sendable, Comparable {
    var file: String
    var line: Int

    static func < (a: CINFirst, b: CINFirst) -> Bool { (a.file, a.line) < (b.file, b.line) }
}

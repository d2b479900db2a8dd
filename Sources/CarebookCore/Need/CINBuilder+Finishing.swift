extension CINBuilder {
    /// Attaches every record to its referral and reviews to their plans, and sorts.
    mutating func finish() -> CINDataSet {
        var merged = referrals
        attach(assessments, to: &merged) { $0.assessments.append($1) }
        attach(section47s, to: &merged) { $0.section47s.append($1) }
        attach(plans, to: &merged) { $0.plans.append($1) }
        attach(protectionPlans, to: &merged) { $0.protectionPlans.append($1) }
        for (key, _) in merged {
            merged[key]!.0.assessments.sort { $0.start < $1.start }
            merged[key]!.0.section47s.sort { $0.start < $1.start }
            merged[key]!.0.plans.sort { $0.start < $1.start }
            merged[key]!.0.protectionPlans.sort { $0.start < $1.start }
        }
        attachReviews(to: &merged)
        var data = CINDataSet()
        data.referrals = merged.values.map(\.0).sorted { ($0.child, $0.date, $0.id) < ($1.child, $1.date, $1.id) }
        for (i, r) in data.referrals.enumerated() { data.byChild[r.child, default: []].append(i) }
        if identifiersLoaded {
            for (child, indices) in data.byChild where children[child] == nil {
                let o = merged[CINBuilder.key(child, data.referrals[indices[0]].date.iso)]!.1
                issue(o, child, "CIN08", .interpreted, "LAchildID is in no ChildIdentifiers row; kept with age unknown")
            }
        }
        data.children = children
        data.contacts = contacts.sorted { $0.date < $1.date }
        data.hasContactDecisions = contactDecisions
        data.issues = issues.sorted { ($0.file, $0.line, $0.rule) < ($1.file, $1.line, $1.rule) }
        data.replaced = replaced
        return data
    }

    /// Adds each review to its plan: the one with its CPPID, else the latest started by the review's date.
    mutating func attachReviews(to merged: inout [String: (CINReferral, CINOrigin)]) {
        let kept = reviews.indices.filter { !replacedReviews.contains($0) }.map { reviews[$0] }
        for r in kept.sorted(by: { $0.date < $1.date }) {
            guard let key = winner(r.key) else { continue }
            guard let plans = merged[key]?.0.protectionPlans, !plans.isEmpty else {
                issue(r.origin, r.child, "CIN07", .excluded, "review \(r.date.uk) has no child protection plan under its referral; left out")
                continue
            }
            let i = plans.lastIndex { r.plan != nil && $0.id == r.plan } ?? plans.lastIndex { $0.start <= r.date } ?? 0
            merged[key]!.0.protectionPlans[i].reviews.append(r.date)
        }
    }

    /// Adds each record to the winning copy of its referral (records under a replaced copy go with it).
    func attach<T>(_ records: [String: [String: (T, CINOrigin)]], to merged: inout [String: (CINReferral, CINOrigin)],
                   _ add: (inout CINReferral, T) -> Void) {
        for (key, byKey) in records {
            // Records under a copy of the referral that a later census replaced go with it.
            guard let merge = winner(key) else { continue }
            for (_, (record, _)) in byKey.sorted(by: { $0.value.1.line < $1.value.1.line }) {
                add(&merged[merge]!.0, record)
            }
        }
    }
}

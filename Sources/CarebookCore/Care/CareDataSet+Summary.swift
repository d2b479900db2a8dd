extension CareDataSet {
    /// Counts of issues with the given outcome, by rule, in rule order.
    public func issueCounts(_ outcome: CareIssue.Outcome) -> [(rule: String, count: Int)] {
        var counts: [String: Int] = [:]
        for issue in issues where issue.outcome == outcome { counts[issue.rule, default: 0] += 1 }
        return counts.sorted { $0.key.count != $1.key.count ? $0.key.count < $1.key.count : $0.key < $1.key }
            .map { ($0.key, $0.value) }
    }

    /// What was loaded, excluded, repaired and read in the most faithful way, counted (the `load` summary).
    public var summary: CareDataSummary {
        let counted = { (outcome: CareIssue.Outcome) in
            self.issueCounts(outcome).map { CareDataSummary.RuleCount(rule: $0.rule, count: $0.count, outcome: outcome) }
        }
        var summary = CareDataSummary(children: children.count, episodes: episodes.count,
                                      span: dateRange.map { DayRange(from: $0.first, to: $0.last) }, files: files.count,
                                      excluded: counted(.excluded), repairs: repairs,
                                      childrenWithoutDOB: children.reduce(0) { $0 + ($1.dob == nil ? 1 : 0) },
                                      warnings: counted(.kept))
        summary.returnTables = returnTables.counts
        return summary
    }
}

extension CareDataSet {
    /// Counts of issues with the given outcome, by rule, in rule order.
    public func issueCounts(_ outcome: CareIssue.Outcome) -> [(rule: String, count: Int)] {
        var counts: [String: Int] = [:]
        for issue in issues where issue.outcome == outcome { counts[issue.rule, default: 0] += 1 }
        return counts.sorted { $0.key.count != $1.key.count ? $0.key.count < $1.key.count : $0.key < $1.key }
            .map { ($0.key, $0.value) }
    }

    /// What was loaded, excluded and repaired, in a few lines for the `load` message.
    ///
    /// ```
    /// SSDA903: 2,014 children, 7,002 episodes, 01/04/2013 to 31/03/2020 (2 header files, 2 episodes files).
    /// Excluded: 3 × DEC not a valid date (rule 147); 1 × child not in the header (rule INT03).
    /// Repaired: 40 duplicate episodes removed; 2 open episodes closed at the next start.
    /// Warnings: 1 × REC X1 with no continuation episode (rule 388).
    /// ```
    public var summary: String {
        let range = dateRange.map { " \($0.first.uk) to \($0.last.uk)" } ?? ""
        var lines = ["SSDA903: \(IndicatorUnit.grouped(children.count)) children, "
                     + "\(IndicatorUnit.grouped(episodes.count)) episodes,\(range) (\(files.count) \(files.count == 1 ? "file" : "files"))."]
        let excluded = issueCounts(.excluded)
        if !excluded.isEmpty {
            lines.append("Excluded: " + excluded.map { "\($0.count) × \(CareRules.describe($0.rule))" }.joined(separator: "; ") + ".")
        }
        if !repairs.isEmpty { lines.append("Repaired: " + repairs.map(\.description).joined(separator: "; ") + ".") }
        let warnings = issueCounts(.kept)
        if !warnings.isEmpty {
            lines.append("Warnings: " + warnings.map { "\($0.count) × \(CareRules.describe($0.rule))" }.joined(separator: "; ") + ".")
        }
        return lines.joined(separator: "\n")
    }
}

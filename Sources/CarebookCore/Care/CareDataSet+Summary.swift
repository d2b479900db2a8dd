extension CareDataSet {
    /// Counts of issues with the given outcome, by rule, in rule order.
    public func issueCounts(_ outcome: CareIssue.Outcome) -> [(rule: String, count: Int)] {
        var counts: [String: Int] = [:]
        for issue in issues where issue.outcome == outcome { counts[issue.rule, default: 0] += 1 }
        return counts.sorted { $0.key.count != $1.key.count ? $0.key.count < $1.key.count : $0.key < $1.key }
            .map { ($0.key, $0.value) }
    }

    /// What was loaded, excluded, repaired and read in the most faithful way, in a few lines for the `load` message.
    ///
    /// ```
    /// SSDA903: 2,014 children, 7,002 episodes, 01/04/2013 to 31/03/2020 (2 header files, 2 episodes files).
    /// Excluded (left out of every count): 3 × DEC not a valid date (rule 147); 1 × child twice in the header (rule INT32).
    /// Repaired: 40 duplicate episodes removed; 2 open episodes closed at the next start.
    /// Kept: 160 × episode with no end date (DEC) but a reason for leaving (REC) filled in: kept as open, …
    /// Age unknown: 2 children with no readable date of birth: counted, but in age band "Unknown" and …
    /// Warnings: 1 × SEX not a valid code (rule 101).
    /// ```
    public var summary: String {
        let range = dateRange.map { " \($0.first.uk) to \($0.last.uk)" } ?? ""
        var lines = ["SSDA903: \(IndicatorUnit.grouped(children.count)) children, "
                     + "\(IndicatorUnit.grouped(episodes.count)) episodes,\(range) (\(files.count) \(files.count == 1 ? "file" : "files"))."]
        let excluded = issueCounts(.excluded)
        if !excluded.isEmpty {
            lines.append("Excluded (left out of every count): " + excluded.map { "\($0.count) × \(CareRules.describe($0.rule))" }.joined(separator: "; ") + ".")
        }
        let merged = repairs.filter { !$0.kind.isInterpretation }
        if !merged.isEmpty { lines.append("Repaired: " + merged.map(\.description).joined(separator: "; ") + ".") }
        // In the kinds' own order (rule 148, 148, 356, 388), whatever order they were first counted in.
        for kind in CareRepair.Kind.allCases where kind.isInterpretation {
            guard let r = repairs.first(where: { $0.kind == kind }) else { continue }
            lines.append("Kept: \(IndicatorUnit.grouped(r.count)) × \(r.kind.consequence ?? r.kind.rawValue).")
        }
        let ageless = children.reduce(0) { $0 + ($1.dob == nil ? 1 : 0) }
        if ageless > 0 {
            let who = ageless == 1 ? "1 child" : "\(IndicatorUnit.grouped(ageless)) children"
            lines.append("Age unknown: \(who) with no readable date of birth: counted, but in age band \"Unknown\" "
                         + "and left out of what needs an age (indicator 8.1's under-16 cohort, average age at admission).")
        }
        let warnings = issueCounts(.kept)
        if !warnings.isEmpty {
            lines.append("Warnings: " + warnings.map { "\($0.count) × \(CareRules.describe($0.rule))" }.joined(separator: "; ") + ".")
        }
        return lines.joined(separator: "\n")
    }
}

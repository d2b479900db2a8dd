import CarebookCore

extension CareDataSummary {
    /// What was loaded, excluded, repaired and read in the most faithful way, in a few lines:
    ///
    /// ```
    /// SSDA903: 2,014 children, 7,002 episodes, 01/04/2013 to 31/03/2020 (2 header files, 2 episodes files).
    /// Excluded (left out of every count): 3 × DEC not a valid date (rule 147); 1 × child twice in the header (rule INT32).
    /// Repaired: 40 duplicate episodes removed; 2 open episodes closed at the next start.
    /// Kept: 160 × episode with no end date (DEC) but a reason for leaving (REC) filled in: kept as open, …
    /// Age unknown: 2 children with no readable date of birth: counted, but in age band "Unknown" and …
    /// Warnings: 1 × SEX not a valid code (rule 101).
    /// ```
    public var text: String { lines.joined(separator: "\n") }

    var lines: [String] {
        let grouped = NumberText.grouped
        // "7,467 episodes, 01/04/2013 to 31/03/2020 (2 files)"; with no dates, "0 episodes (1 file)".
        let range = span.map { ", \($0.from.uk) to \($0.to.uk)" } ?? ""
        var lines = ["SSDA903: \(grouped(children)) children, "
                     + "\(grouped(episodes)) episodes\(range) (\(NumberText.counted(files, "file")))."]
        if !returnTables.isEmpty {
            let held = returnTables.filter { $0.records > 0 }
            if !held.isEmpty { lines.append("Return: " + held.map(Self.counted).joined(separator: "; ") + ".") }
        }
        if !excluded.isEmpty {
            lines.append("Excluded (left out of every count): " + Self.counted(excluded) + ".")
        }
        let merged = repairs.filter { !$0.kind.isInterpretation }
        if !merged.isEmpty { lines.append("Repaired: " + merged.map { "\(grouped($0.count)) \($0.kind.rawValue)" }.joined(separator: "; ") + ".") }
        // In the kinds' own order (rule 148, 148, 356, 388), whatever order they were first counted in.
        for kind in CareRepair.Kind.allCases where kind.isInterpretation {
            guard let r = repairs.first(where: { $0.kind == kind }) else { continue }
            lines.append("Kept: \(grouped(r.count)) × \(r.kind.consequence ?? r.kind.rawValue).")
        }
        if childrenWithoutDOB > 0 {
            let who = NumberText.counted(childrenWithoutDOB, "child", "children")
            lines.append("Age unknown: \(who) with no readable date of birth: counted, but in age band \"Unknown\" "
                         + "and left out of what needs an age (indicator 8.1's under-16 cohort, average age at admission).")
        }
        if !warnings.isEmpty { lines.append("Warnings: " + Self.counted(warnings) + ".") }
        return lines
    }

    /// "12 reviews of 5 children", "3 OC3 (care leavers) records".
    static func counted(_ r: ReturnCount) -> String {
        let grouped = NumberText.grouped
        let what: String = switch r.kind {
        case .reviews: r.records == 1 ? "review" : "reviews"
        case .missing: r.records == 1 ? "missing episode" : "missing episodes"
        case .placedForAdoption: r.records == 1 ? "decision to place for adoption" : "decisions to place for adoption"
        case .socialWorkers: r.records == 1 ? "social-worker episode" : "social-worker episodes"
        default: String(r.kind.title.dropFirst("SSDA903 ".count)) + (r.records == 1 ? " record" : " records")
        }
        return "\(grouped(r.records)) \(what) of \(grouped(r.children)) \(r.children == 1 ? "child" : "children")"
    }

    /// "3 × DEC not a valid date (rule 147); 1 × …".
    static func counted(_ counts: [RuleCount]) -> String {
        counts.map { "\(NumberText.grouped($0.count)) × \(CareRules.describe($0.rule))" }.joined(separator: "; ")
    }
}

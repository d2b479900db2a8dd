import CarebookCore

extension CINSummary {
    /// The CIN data after a load, in a few lines:
    ///
    /// ```
    /// CIN census: 12 children, 15 referrals, 10 assessments, 4 S47s, 3 CPPs, 01/04/2016 to 31/03/2017 (6 files, as read).
    /// Merged: 2 records in more than one file (the later file's copy used).
    /// Excluded (left out of every count): 1 × referral with no readable CINreferralDate: left out, … (rule CIN02).
    /// Kept: 1 × end date before the start date: kept as ending on its start date (rule CIN06).
    /// ```
    public var text: String { lines.joined(separator: "\n") }

    var lines: [String] {
        let g = NumberText.grouped
        let range = dates.map { ", \($0.lowerBound.uk) to \($0.upperBound.uk)" } ?? ""
        func n(_ count: Int, _ one: String, _ many: String) -> String { "\(g(count)) \(count == 1 ? one : many)" }
        var head = "CIN census: " + [n(children, "child", "children"), n(referrals, "referral", "referrals"),
                                     n(assessments, "assessment", "assessments"), n(section47s, "S47", "S47s"),
                                     n(protectionPlans, "CPP", "CPPs")].joined(separator: ", ")
        if hasContacts { head += ", " + n(contacts, "contact", "contacts") }
        // A load's summary counts the tables as read; the merge (on first use) may leave out more (`:validate`).
        var lines = [head + "\(range) (\(files) \(files == 1 ? "file" : "files")\(asRead ? ", as read" : ""))."]
        if replaced > 0 {
            lines.append("Merged: \(g(replaced)) \(replaced == 1 ? "record" : "records") in more than one file (the later file's copy used).")
        }
        for (title, outcome) in [("Excluded (left out of every count)", CareIssue.Outcome.excluded), ("Kept", .interpreted)] {
            let these = issues.filter { $0.outcome == outcome }
            guard !these.isEmpty else { continue }
            lines.append("\(title): " + these.map { "\(g($0.count)) × \($0.what) (rule \($0.rule))" }.joined(separator: "; ") + ".")
        }
        return lines
    }
}

extension CINDataSet {
    /// Builds the data set from every loaded CIN table, in load order (a later file's copy of a record wins).
    public init(sources: [CINSourceFile]) {
        var b = CINBuilder()
        let order: [CINKind] = [.childIdentifiers, .childCharacteristics, .disabilities, .contacts, .cinDetails,
                                .assessments, .section47, .cinPlanDates, .childProtectionPlans, .reviews]
        b.referralFiles = sources.indices.filter { sources[$0].kind == .cinDetails }
        b.censuses = sources.map(\.census)
        for kind in order {
            for (index, source) in sources.enumerated() where source.kind == kind { b.read(source, index: index) }
        }
        self = b.finish()
        files = sources.map(\.file)
        hasContacts = sources.contains { $0.kind == .contacts }
        hasCensus = sources.contains { $0.kind != .contacts }
    }
}

/// Where a record was read from: which loaded file (by load order), the file's path and the line.
struct CINOrigin {
    var index: Int
    var file: String
    var line: Int
}

/// Reads CIN tables into records keyed for merging, then attaches each record to its referral.
struct CINBuilder {
    var children: [String: CINChild] = [:]
    var childOrigin: [String: CINOrigin] = [:]
    var identifiersLoaded = false
    /// Each referral's winning copy, by its merge key: LAchildID and CINreferralDate (the same in every census,
    /// where CINdetailsID may be only a number within one census's child).
    var referrals: [String: (CINReferral, CINOrigin)] = [:]
    /// The load indices of the CINdetails files, and each one's referrals' merge keys by LAchildID and CINdetailsID.
    var referralFiles: [Int] = []
    /// Each loaded file's census (its folder, or its XML file).
    var censuses: [String] = []
    var mergeKeys: [Int: [String: String]] = [:]
    /// The order `census(of:for:)` searches the CINdetails files in, for each file (worked out once per file).
    var searchOrder: [Int: [Int]] = [:]
    /// Referrals left out as repeats within their file, by LAchildID and CINdetailsID (for the records under them).
    var repeats: Set<String> = []
    /// Records under a referral, by the referral's key within its census (`census`, LAchildID, CINdetailsID) then
    /// the record's own key.
    var assessments: [String: [String: (CINAssessment, CINOrigin)]] = [:]
    var section47s: [String: [String: (Section47, CINOrigin)]] = [:]
    var plans: [String: [String: (CINPlan, CINOrigin)]] = [:]
    var protectionPlans: [String: [String: (ProtectionPlan, CINOrigin)]] = [:]
    var reviews: [(key: String, plan: String?, date: Day, origin: CINOrigin, child: String)] = []
    /// Where each review (its referral key, date and CPPID) is in `reviews`, and the ones a later file's copy replaced.
    var reviewSlots: [String: [Int]] = [:]
    var replacedReviews: Set<Int> = []
    var contacts: [CINContact] = []
    var contactDecisions = false
    var issues: [CareIssue] = []
    var replaced = 0
    /// Reading one table on its own (`CINTally`): a record is kept under its LAchildID and CINdetailsID without
    /// looking for its referral, which only the merge can find.
    var standalone = false

    static func key(_ child: String, _ id: String) -> String { child + "\u{1}" + id }

    mutating func issue(_ o: CINOrigin, _ child: String?, _ rule: String, _ outcome: CareIssue.Outcome, _ message: String) {
        issues.append(CareIssue(file: o.file, line: o.line, child: child, message: message, rule: rule, outcome: outcome))
    }

    /// Puts a record into its slot: a repeat within one file is left out (its first line returned);
    /// a copy in a later file replaces the earlier one.
    static func place<T>(_ value: T, _ origin: CINOrigin, in slot: inout [String: (T, CINOrigin)], key: String) -> (repeatOf: Int?, replaced: Bool) {
        if let old = slot[key] {
            if old.1.index == origin.index { return (old.1.line, false) }
            slot[key] = (value, origin)
            return (nil, true)
        }
        slot[key] = (value, origin)
        return (nil, false)
    }

    /// Reports a repeat (CIN04) or counts a replacement, after `place`.
    mutating func note(_ placed: (repeatOf: Int?, replaced: Bool), _ origin: CINOrigin, child: String, what: String) {
        if let line = placed.repeatOf {
            issue(origin, child, "CIN04", .excluded, "\(what) is already at line \(line); this row is ignored")
        }
        if placed.replaced { replaced += 1 }
    }

    /// A date that is optional: nil when blank; nil with a CIN10 report when not a date.
    mutating func optionalDay(_ cell: DateCell, _ name: String, _ o: CINOrigin, _ child: String) -> Day? {
        switch cell {
        case .missing: return nil
        case let .valid(d): return d
        case let .invalid(text):
            issue(o, child, "CIN10", .interpreted, "\(name) \(text) is not a date; read as not given")
            return nil
        }
    }

    /// An end date, kept as the start date when before it (CIN06).
    mutating func endDay(_ cell: DateCell, _ name: String, start: Day, _ o: CINOrigin, _ child: String) -> Day? {
        guard let end = optionalDay(cell, name, o, child) else { return nil }
        guard end < start else { return end }
        issue(o, child, "CIN06", .interpreted, "\(name) \(end.uk) is before the start \(start.uk); kept as ending on \(start.uk)")
        return start
    }

    /// A required start date; nil (with a CIN05 or CIN02 report) when it cannot be read.
    mutating func startDay(_ cell: DateCell, _ name: String, _ o: CINOrigin, _ child: String, rule: String = "CIN05") -> Day? {
        switch cell {
        case let .valid(d): return d
        case .missing: issue(o, child, rule, .excluded, "\(name) is blank; the row is left out")
        case let .invalid(t): issue(o, child, rule, .excluded, "\(name) \(t) is not a date; the row is left out")
        }
        return nil
    }

    /// The row's child and referral key; nil (reported) when LAchildID or CINdetailsID is blank.
    mutating func ids(_ rows: inout CINRows, _ row: Int, _ o: CINOrigin) -> (child: String, key: String)? {
        guard let child = rows.text("LAchildID", row) else {
            issue(o, nil, "CIN01", .excluded, "LAchildID is blank; the row is left out")
            return nil
        }
        guard let id = rows.text("CINdetailsID", row) else {
            issue(o, child, "CIN03", .excluded, "CINdetailsID is blank; the row is left out")
            return nil
        }
        guard rows.source.kind != .cinDetails else { return (child, Self.key(child, id)) }
        guard !standalone else { return (child, "0\u{1}" + Self.key(child, id)) }
        guard let census = census(of: Self.key(child, id), for: o.index) else {
            let why = repeats.contains(Self.key(child, id)) ? "a repeat that was left out (rule CIN04)" : "which is not loaded"
            issue(o, child, "CIN07", .excluded, "the row is under referral \(id), \(why); left out")
            return nil
        }
        return (child, "\(census)\u{1}" + Self.key(child, id))
    }

    /// The CINdetails file a record of file `index` belongs to: one of the same census (folder or XML file),
    /// else the nearest loaded before it, else the latest other one — the first of these that has the referral.
    mutating func census(of key: String, for index: Int) -> Int? {
        if searchOrder[index] == nil {
            let same = referralFiles.filter { censuses[$0] == censuses[index] }.reversed()
            let before = referralFiles.filter { $0 < index }.reversed(), after = referralFiles.filter { $0 > index }.reversed()
            searchOrder[index] = Array(same) + Array(before) + Array(after)
        }
        return searchOrder[index]!.first { mergeKeys[$0]?[key] != nil }
    }

    /// The winning referral for a record's key (`census`, LAchildID, CINdetailsID); nil when that census's copy
    /// of the referral was replaced by a later one (its records go with it).
    func winner(_ key: String) -> String? {
        let parts = key.split(separator: "\u{1}", maxSplits: 1).map(String.init)
        guard let census = Int(parts[0]), let merge = mergeKeys[census]?[parts[1]],
              referrals[merge]?.1.index == census else { return nil }
        return merge
    }
}

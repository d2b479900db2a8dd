/// An episode row that passed the row checks, before it is joined to its child and merged with other years.
struct RawEpisode {
    /// CHILD as a key: into the file's distinct ids while its rows are read, then into `EpisodeKeys.ids`.
    var child: Int32
    var start: Day
    var end: Day?
    var rne: ReasonNewEpisode
    var legalStatus: UInt8
    var categoryOfNeed: UInt8
    var place: UInt8
    var provider: UInt8
    var reasonCeased: UInt8
    var reasonPlaceChange: UInt8
    /// PL_POST as a key: into the file's distinct postcodes, then into `EpisodeKeys.districts`; -1 when blank.
    var district: Int32
    var source: RowSource
}

/// Collects issues for one file while its rows are read.
struct IssueSink {
    let file: String
    /// Each row's source line when it is not `row + 2` (a table read from XML).
    var lines: [Int32]? = nil
    var issues: [CareIssue] = []
    /// Rows excluded so far, by rule.
    var excludedRows = 0
    /// Rows kept and read in the most faithful way, by kind.
    var interpretations: [CareRepair.Kind: Int] = [:]
    /// The lines of open episodes whose REC was ignored (rule 148), to tell which a later return supersedes.
    var openWithReason: Set<Int32> = []

    mutating func count(_ kind: CareRepair.Kind) { interpretations[kind, default: 0] += 1 }

    mutating func add(_ row: Int, _ child: String?, _ message: String, rule: String, _ outcome: CareIssue.Outcome) {
        issues.append(CareIssue(file: file, line: lines.map { Int($0[row]) } ?? row + 2, child: child, message: message, rule: rule, outcome: outcome))
    }

    /// Reports a bad code: `LS X9 is not a valid code (one of C1, C2, …)`.
    ///
    /// `kept` says what was done with a row that is kept (`kept with LS unknown`).
    mutating func badCode(_ row: Int, _ child: String?, _ list: CodeList, _ text: String?, rule: String,
                          _ outcome: CareIssue.Outcome = .excluded, kept: String? = nil) {
        let done = kept.map { "; " + $0 } ?? ""
        guard let text else {
            add(row, child, "\(list.field) is missing" + done, rule: rule, outcome)
            return
        }
        var message = "\(list.field) \(text) is not a valid code"
        if text.count > 1, let near = Suggest.nearest(to: text, in: list.codes) { message += "; did you mean \(near)?" }
        else if list.codes.count <= 13 { message += " (one of \(list.listed))" }
        add(row, child, message + done, rule: rule, outcome)
    }

    /// Rewords the rule 102 issue of a header row whose DOB cannot be read when an earlier header gave the child's DOB.
    mutating func keptEarlierDOB(line: Int, _ dob: Day) {
        let unknown = "; kept with age unknown"
        guard let i = issues.lastIndex(where: { $0.line == line && $0.rule == "102" }),
              issues[i].message.hasSuffix(unknown) else { return }
        issues[i].message = issues[i].message.dropLast(unknown.count) + "; the DOB \(dob.uk) from an earlier header kept"
    }

    /// Reports a bad date: `DEC 31/02/2017 is not a date`.
    ///
    /// `kept` says what was done with a row that is kept (`kept with age unknown`).
    mutating func badDate(_ row: Int, _ child: String?, _ field: String, _ cell: DateCell, rule: String,
                          _ outcome: CareIssue.Outcome = .excluded, kept: String? = nil) {
        let done = kept.map { "; " + $0 } ?? ""
        switch cell {
        case .missing: add(row, child, "\(field) is missing" + done, rule: rule, outcome)
        case let .invalid(text): add(row, child, "\(field) \(text) is not a date" + done, rule: rule, outcome)
        case .valid: break
        }
    }
}

/// The CHILD ids and postcode districts of every episodes file being built, each with one build-wide key.
///
/// A file's rows carry keys into its own distinct values; these tables turn them into
/// shared keys with one hash per distinct value, so the join never hashes a row's text.
struct EpisodeKeys {
    private(set) var ids: [String] = []
    /// The child (index into `CareDataSet.children`) of each id; -1 when it is not in the header.
    private(set) var children: [Int32] = []
    private(set) var districts: [String] = []
    private var idIndex: [String: Int32] = [:]
    private var districtIndex: [String: Int32] = [:]

    /// The shared keys of a file's distinct ids, looking each new id up in `childIndex`.
    mutating func idKeys(_ values: [String], childIndex: [String: Int32]) -> [Int32] {
        if ids.isEmpty {
            // The first file's ids are distinct already: they are the keys, indexed only if another file comes.
            ids = values
            children = values.map { childIndex[$0] ?? -1 }
            return (0..<Int32(values.count)).map { $0 }
        }
        if idIndex.isEmpty {
            idIndex.reserveCapacity(ids.count + values.count)
            for (k, id) in ids.enumerated() { idIndex[id] = Int32(k) }
        }
        return values.map { id in
            if let k = idIndex[id] { return k }
            let k = Int32(ids.count)
            idIndex[id] = k
            ids.append(id)
            children.append(childIndex[id] ?? -1)
            return k
        }
    }

    /// The shared keys of a file's districts (-1 for none).
    mutating func districtKeys(_ values: [String?]) -> [Int32] {
        values.map { district in
            guard let district else { return -1 }
            if let k = districtIndex[district] { return k }
            let k = Int32(districts.count)
            districtIndex[district] = k
            districts.append(district)
            return k
        }
    }
}

/// An episode row that passed the row checks, before it is joined to its child and merged with other years.
struct RawEpisode {
    var childID: String
    var start: Day
    var end: Day?
    var rne: ReasonNewEpisode
    var legalStatus: UInt8
    var categoryOfNeed: UInt8
    var place: UInt8
    var provider: UInt8
    var reasonCeased: UInt8
    var reasonPlaceChange: UInt8
    /// PL_POST's district; nil when blank.
    var district: String?
    var source: RowSource
}

/// Collects issues for one file while its rows are read.
struct IssueSink {
    let file: String
    var issues: [CareIssue] = []
    /// Rows excluded so far, by rule.
    var excludedRows = 0

    mutating func add(_ row: Int, _ child: String?, _ message: String, rule: String, _ outcome: CareIssue.Outcome) {
        issues.append(CareIssue(file: file, line: row + 2, child: child, message: message, rule: rule, outcome: outcome))
    }

    /// Reports a bad code: `LS X9 is not a valid code (one of C1, C2, …)`.
    mutating func badCode(_ row: Int, _ child: String?, _ list: CodeList, _ text: String?, rule: String,
                          _ outcome: CareIssue.Outcome = .excluded) {
        guard let text else {
            add(row, child, "\(list.field) is missing", rule: rule, outcome)
            return
        }
        var message = "\(list.field) \(text) is not a valid code"
        if text.count > 1, let near = Suggest.nearest(to: text, in: list.codes) { message += "; did you mean \(near)?" }
        else if list.codes.count <= 13 { message += " (one of \(list.listed))" }
        add(row, child, message, rule: rule, outcome)
    }

    /// Reports a bad date: `DEC 31/02/2017 is not a date`.
    mutating func badDate(_ row: Int, _ child: String?, _ field: String, _ cell: DateCell, rule: String) {
        switch cell {
        case .missing: add(row, child, "\(field) is missing", rule: rule, .excluded)
        case let .invalid(text): add(row, child, "\(field) \(text) is not a date", rule: rule, .excluded)
        case .valid: break
        }
    }
}

/// The values a text column can hold, for checking a value a condition compares it with.
///
/// A column's vocabulary is every value in its dictionary (a filtered table keeps its
/// source's dictionary), its `levels` (age bands), and for the care columns the full list
/// they are drawn from: every group of the placement mapping for `placement_group`, the
/// 903 code list for `legal_status`, `place`, `category_of_need`, `reason`. Columns that
/// identify rows (an identifier column such as `child`, or more than `identifierThreshold`
/// distinct values) have none:
/// a CHILD id absent from a cohort is a real answer, not a likely typo.
struct ColumnVocabulary {
    let column: String
    let values: [String]

    /// More distinct values than this and a text column is taken to identify rows rather than classify them.
    static let identifierThreshold = 200

    /// The vocabulary of a text column; nil for other columns and for identifiers.
    init?(_ column: Column, care: CareState) {
        guard case let .text(_, dictionary) = column.storage, !column.isIdentifier, column.name.lowercased() != "child",
              dictionary.count <= Self.identifierThreshold else { return nil }
        var values = column.levels ?? []
        values += Self.domain(of: column.name, care: care)
        values += dictionary
        var seen = Set<String>()
        self.column = column.name
        self.values = values.filter { seen.insert($0).inserted }
    }

    /// The full list a care column's values come from (empty for other columns).
    static func domain(of name: String, care: CareState) -> [String] {
        switch name {
        case "placement_group": care.mapping.groups.map(\.name)
        case "legal_status": SSDA903Codes.legalStatus.codes
        case "place", "from_place", "to_place": SSDA903Codes.place.codes
        case "category_of_need": SSDA903Codes.categoryOfNeed.codes
        case "reason": SSDA903Codes.reasonCeased.codes
        case "age_band": AgeBand.labels
        case "reason_group": LeavingReasonGroup.allCases.map(\.rawValue)
        default: []
        }
    }

    /// What a value written in a condition means for this column.
    enum Match: Equatable {
        /// The value occurs as written.
        case exact
        /// Not as written, but exactly one value is the same but for case, dashes or spacing.
        case equivalent(String)
        /// No value is; the nearest values present, best first.
        case absent(nearest: [String])
    }

    func match(_ text: String) -> Match {
        if values.contains(text) { return .exact }
        let key = Self.key(text)
        let same = values.filter { Self.key($0) == key }
        if same.count == 1 { return .equivalent(same[0]) }
        if let near = Suggest.nearest(to: text, in: values) { return .absent(nearest: [near]) }
        let w = Array(text.lowercased())
        let ranked = values.map { ($0, Suggest.distance(w, Array($0.lowercased()))) }.sorted { $0.1 < $1.1 }
        return .absent(nearest: ranked.prefix(3).map(\.0))
    }

    /// A value reduced to what an unambiguous equivalent shares: lower case, any dash a hyphen,
    /// curly apostrophes straight, runs of spaces one space.
    static func key(_ text: String) -> String {
        var out = ""
        var space = false
        for ch in text.lowercased() {
            if ch.isWhitespace { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            switch ch {
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": out.append("-")
            case "\u{2018}", "\u{2019}": out.append("'")
            default: out.append(ch)
            }
        }
        return out
    }

    /// The warning for a value no row can have, naming the column, the value and the nearest values.
    func warning(for text: String, nearest: [String], at range: SourceRange) -> Diagnostic {
        var message = "no row has \(column) \"\(text)\""
        if nearest.count == 1 {
            message += "; did you mean \"\(nearest[0])\"?"
        } else if !nearest.isEmpty {
            message += "; the nearest values are " + nearest.map { "\"\($0)\"" }.joined(separator: ", ")
        }
        return Diagnostic(message, at: range, severity: .warning)
    }
}

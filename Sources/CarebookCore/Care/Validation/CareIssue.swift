/// A problem found in a 903 row, with the DfE rule it breaks.
///
/// Renders as `episodes.csv:14: CHILD 1234: DEC 31/02/2017 is not a date (rule 147)`.
public struct CareIssue: Sendable, Equatable, CustomStringConvertible {
    /// What happened to the row.
    public enum Outcome: String, Sendable, CaseIterable {
        /// The row (or the child) was left out of the data set.
        case excluded
        /// The row was kept as it was; the issue is a warning.
        case kept
        /// The row was kept after a repair (an overlap closed, a duplicate dropped).
        case repaired
        /// The row was kept, read in the most faithful way its fields allow (an open episode's
        /// provisional REC ignored); the load summary says how many and what it did to the numbers.
        case interpreted
    }

    public var file: String
    public var line: Int
    /// CHILD; nil when the id itself is missing.
    public var child: String?
    public var message: String
    /// The DfE rule number ("147", "INT03").
    public var rule: String
    public var outcome: Outcome

    public init(file: String, line: Int, child: String?, message: String, rule: String, outcome: Outcome) {
        self.file = file
        self.line = line
        self.child = child
        self.message = message
        self.rule = rule
        self.outcome = outcome
    }

    public var description: String {
        let who = child.map { "CHILD \($0): " } ?? ""
        return "\(file):\(line): \(who)\(message) (rule \(rule))"
    }

    /// The issue as a diagnostic pointing at the file's line (an error if the row was excluded).
    public var diagnostic: Diagnostic {
        let at = SourceRange(SourceLocation(line: line, column: 1), SourceLocation(line: line, column: 1))
        let who = child.map { "CHILD \($0): " } ?? ""
        return Diagnostic("\(who)\(message) (rule \(rule))", at: at, file: file,
                          severity: outcome == .excluded ? .error : .warning)
    }
}

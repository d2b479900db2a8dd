/// An error (or warning) as a value: what went wrong, and where.
///
/// Every phase reports through this one type; `DiagnosticRenderer` prints it
/// once, with the source line and a caret under the exact text.
public struct Diagnostic: Error, Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var message: String
    /// Where in the statement or script; nil for errors with no source text (a missing file).
    public var range: SourceRange?
    /// The file the range refers to; nil for the interactive prompt.
    public var file: String?
    /// A short hint printed under the caret ("did you mean `placement`?").
    public var hint: String?
    /// Extra lines printed after the block (`= note: …`).
    public var notes: [String]

    public init(_ message: String, at range: SourceRange? = nil, file: String? = nil,
                hint: String? = nil, notes: [String] = [], severity: Severity = .error) {
        self.severity = severity
        self.message = message
        self.range = range
        self.file = file
        self.hint = hint
        self.notes = notes
    }

    /// The same diagnostic attributed to a file, with its range moved by `lines`.
    public func located(in file: String?, lineOffset: Int) -> Diagnostic {
        var d = self
        if d.file == nil { d.file = file }
        d.range = d.range?.offset(lines: lineOffset)
        return d
    }
}

extension Diagnostic {
    /// "unknown name `x`", with the nearest known name as a hint.
    public static func unknownName(_ name: String, what: String = "name", at range: SourceRange?,
                                   candidates: [String]) -> Diagnostic {
        let hint = Suggest.nearest(to: name, in: candidates).map { "did you mean `\($0)`?" }
        return Diagnostic("no \(what) `\(name)`", at: range, hint: hint)
    }
}

/// An error as a script records it beneath its statement: the block without the file's line numbers.
///
/// The caret block quotes the statement's own lines, numbered from 1 at its first line, and leaves out
/// `--> file:LINE:COL`; the terminal shows the full location. A recording therefore stays the same when
/// lines are added or removed above it, and `check --update` converges in one pass:
/// ```
/// error: no column `placment`
/// 1 | ooa = lac where placment == "K2"
///   |                 ^^^^^^^^ did you mean `placement`?
/// ```
enum RecordedError {
    /// The recorded block for `d`, raised by the statement on `lines` (1-based) of `source`.
    static func text(_ d: Diagnostic, source: String, lines: ClosedRange<Int>) -> String {
        // An error located in another file (a CSV row) keeps its own location: it does not move with the script.
        if d.file != nil { return DiagnosticRenderer.render(d, source: nil) }
        var relative = d
        guard let range = d.range, lines.contains(range.start.line) else {
            // Raised outside the statement (a cohort defined earlier): the message, hint and notes only.
            relative.range = nil
            return DiagnosticRenderer.render(relative, source: nil)
        }
        relative.range = range.offset(lines: 1 - lines.lowerBound)
        let statementLines = source.split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(lines.lowerBound - 1).prefix(lines.count)
        return DiagnosticRenderer.render(relative, source: statementLines.joined(separator: "\n"))
    }
}

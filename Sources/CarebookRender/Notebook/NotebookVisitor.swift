/// Turns a notebook's cells into text, one cell at a time.
///
/// `Notebook.render(with:)` calls `begin`, then one `visit…` per cell in order, then `finish`.
/// Implemented by `MarkdownNotebookRenderer` and `HTMLNotebookRenderer`.
public protocol NotebookVisitor {
    mutating func begin(_ notebook: Notebook)
    mutating func visitProse(_ markdown: String)
    mutating func visitCode(_ code: String, line: Int)
    mutating func visitResult(_ result: NotebookResult)
    mutating func visitError(_ message: String)
    /// A warning shown above a statement's result.
    mutating func visitWarning(_ message: String)
    /// The whole document, footer included.
    mutating func finish(_ notebook: Notebook) -> String
}

extension Notebook {
    /// `as at 30 Jun 2017 · carebook 0.1.0` (and the `footerNote`), the line both renderers print in the footer.
    public var footerSummary: String {
        var parts: [String] = []
        if let asat { parts.append("as at " + NotebookDates.long(asat)) }
        parts.append("carebook " + version)
        if let footerNote { parts.append(footerNote) }
        return parts.joined(separator: " · ")
    }
}

/// A rendered script: prose, code and results in order, with what the footer needs.
///
/// Built by the shell's render runner from a script run, then turned into text by a
/// `NotebookVisitor` (`MarkdownNotebookRenderer`, `HTMLNotebookRenderer`).
public struct Notebook: Sendable {
    /// The first `# Heading` comment, else the script's file name.
    public var title: String
    /// The session's reporting date after the run.
    public var asat: Day?
    /// Data files the run loaded, with their fingerprints.
    public var sources: [DataSource]
    /// The carebook version that produced the notebook.
    public var version: String
    public var cells: [NotebookCell]
    /// Sentences shown under the title, such as the note that small numbers were suppressed.
    public var notices: [String]
    /// The small-number rule a published report was rendered under; its Data section's counts follow it.
    public var suppression: Suppression?
    /// A sentence the footer ends with, such as the warning that child IDs were let through.
    public var footerNote: String?

    public init(title: String, asat: Day? = nil, sources: [DataSource] = [], version: String,
                cells: [NotebookCell] = [], notices: [String] = []) {
        self.title = title
        self.asat = asat
        self.sources = sources
        self.version = version
        self.cells = cells
        self.notices = notices
    }

    /// The number of error cells.
    public var errorCount: Int {
        cells.reduce(0) { n, cell in if case .error = cell { n + 1 } else { n } }
    }

    /// Walks the cells in order with a visitor and returns what it built; loads are left for the
    /// visitor's Data section (`NotebookReport`).
    public func render<V: NotebookVisitor>(with visitor: V) -> String {
        var v = visitor
        v.begin(self)
        for cell in NotebookReport(self).cells {
            switch cell {
            case let .prose(text): v.visitProse(text)
            case let .code(text, line): v.visitCode(text, line: line)
            case let .result(result): v.visitResult(result)
            case let .error(text): v.visitError(text)
            case let .warning(text): v.visitWarning(text)
            }
        }
        return v.finish(self)
    }
}

/// One cell of a notebook.
public enum NotebookCell: Sendable {
    /// Markdown text from comment lines (without the `#`).
    case prose(String)
    /// A statement or `:command` as written, with the line it starts on.
    case code(String, line: Int)
    /// What a statement produced.
    case result(NotebookResult)
    /// An error (or a refusal) in place of a result, as plain text.
    case error(String)
    /// A warning about a statement that still succeeded (its result follows), as plain text.
    case warning(String)
}

/// The result shown beneath a statement.
public enum NotebookResult: Sendable {
    /// A value, drawn as a table, chart, record or formatted scalar.
    case value(Value)
    /// A sentence such as `as at 2017-06-30`.
    case message(String)
    /// What a `load` loaded, shown as its text (`loaded … as plans`).
    case loaded(LoadSummary)
}

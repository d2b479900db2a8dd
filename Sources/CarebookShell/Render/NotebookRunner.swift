import Foundation

/// Runs a script and builds its notebook: prose from comments, each statement as code, its
/// actual result (or error) beneath, and the footer's as-at date and data fingerprints.
///
/// Used by `carebook render` and `:export`. Publishing follows `session.settings.publishing`
/// (set by `--publish`, or by a `:publish` line in the script from that line on).
public struct NotebookRunner {
    public let session: ShellSession
    /// Show child IDs: `list …` results, and identifiers in a published report; withheld otherwise.
    public var allowIDs = false
    /// Stop at the first failing statement.
    public var bail = false

    public init(session: ShellSession, allowIDs: Bool = false, bail: Bool = false) {
        self.session = session
        self.allowIDs = allowIDs
        self.bail = bail
    }

    /// What a run produced: the notebook, how many items failed, and the error texts in order.
    public struct Run {
        public var notebook: Notebook
        public var failures: Int
        public var errors: [String]
    }

    /// Runs every item of `document` (stopping at the first failure with `bail`) and builds the notebook.
    public func run(_ document: ScriptDocument, file: String?, title: String? = nil) -> Run {
        if let file { session.interpreter.scriptDirectory = (file as NSString).deletingLastPathComponent }
        let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var cells: [NotebookCell] = []
        var errors: [String] = []
        var published = session.settings.publishing != nil
        var cursor = 1
        let refusal = ItemOutcome(display: Self.listRefusal, recorded: [], succeeded: true)
        session.runScript(document, file: file, policy: ScriptPolicy(syntaxErrorsFirst: false, stopAtFailure: bail),
                          before: { allowIDs || !Self.listsChildren($0) ? .run : .substitute(refusal) },
                          after: { item, outcome in
            if let prose = NotebookProse.text(lines, from: cursor, to: item.startLine) { cells.append(.prose(prose)) }
            cursor = item.endLine + 1 + item.recorded.count
            cells.append(.code(NotebookProse.code(lines, item), line: item.startLine))
            let shown = self.cells(item, outcome)
            published = published || session.settings.publishing != nil
            cells += shown
            if !outcome.succeeded, case let .error(text)? = shown.last { errors.append(text) }
        })
        if cursor <= lines.count, let prose = NotebookProse.text(lines, from: cursor, to: lines.count + 1) {
            cells.append(.prose(prose))
        }
        return Run(notebook: notebook(cells, file: file, title: title, published: published), failures: errors.count,
                   errors: errors)
    }

    /// The notebook around the cells: title (taken out of the prose), as-at date, sources, notices.
    func notebook(_ cells: [NotebookCell], file: String?, title: String?, published: Bool) -> Notebook {
        var cells = cells
        if published && !allowIDs {
            cells = Self.screening(cells, IdentifierScreen(identifiers: session.interpreter.identifierValues))
        }
        let fallback = title ?? file.map { ($0 as NSString).lastPathComponent } ?? "carebook session"
        let heading = NotebookProse.takeTitle(&cells)
        let workspace = session.interpreter.workspace
        var notices: [String] = []
        if published {
            let rules = session.settings.publishing ?? Suppression()
            notices.append(rules.notice + (allowIDs ? Self.idsShownNotice : Self.idsWithheldNotice))
        }
        var notebook = Notebook(title: heading ?? fallback, asat: workspace.reportingDate, sources: workspace.sources,
                                version: CarebookVersion.current, cells: cells, notices: notices)
        if published { notebook.suppression = session.settings.publishing ?? Suppression() }
        if allowIDs { notebook.footerNote = Self.allowIDsFooter }
        return notebook
    }

    /// The cells with identifiers withheld from their text too: a script's prose, code and errors can
    /// name a child (`lac where child == "…"`), and a published report shows none.
    static func screening(_ cells: [NotebookCell], _ screen: IdentifierScreen) -> [NotebookCell] {
        cells.map { cell in
            switch cell {
            case let .prose(text): .prose(screen.screen(text))
            case let .code(text, line): .code(screen.screen(text), line: line)
            case let .error(text): .error(screen.screen(text))
            case let .warning(text): .warning(screen.screen(text))
            case .result: cell
            }
        }
    }

    /// What a published report says of child IDs.
    static let idsWithheldNotice = " Child IDs are withheld wherever they appear."
    static let idsShownNotice = " Child IDs are shown: rendered with --allow-ids."
    /// The footer's last words when IDs were let through.
    static let allowIDsFooter = "rendered with --allow-ids: child IDs are shown, so this report identifies children"
}

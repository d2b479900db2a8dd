extension NotebookRunner {
    /// Runs one item; returns the cells to show beneath its code (warnings, then its result) and whether it failed.
    func result(_ item: ScriptDocument.Item, _ document: ScriptDocument, file: String?) -> ([NotebookCell], Bool) {
        switch item.kind {
        case .command:
            let outcome = session.run(item, in: document, file: file)
            session.record(outcome)
            if !outcome.succeeded { return ([.error(outcome.recorded.joined(separator: "\n"))], true) }
            let text = session.publishedText(outcome.recorded.joined(separator: "\n"), allowIDs: allowIDs)
            return (text.isEmpty ? [] : [.result(.message(text))], false)
        case .entry(.failed):
            let outcome = session.run(item, in: document, file: file)
            return ([.error(outcome.recorded.joined(separator: "\n"))], true)
        case let .entry(.statement(statement)):
            if !allowIDs, Self.listsChildren(statement) {
                return ([.error(Self.listRefusal)], false)
            }
            return run(statement, document, file: file)
        }
    }

    /// Why a `list` statement is not in the report.
    static let listRefusal = "refused: `list` shows child IDs, which are left out of rendered reports; "
        + "count or group the children instead (`count …`, `… by placement_group`), or render with --allow-ids "
        + "for a report that is not published"

    /// Runs a statement directly, keeping its value for the notebook (and its recording for the log).
    func run(_ statement: Statement, _ document: ScriptDocument, file: String?) -> ([NotebookCell], Bool) {
        let result = session.interpreter.execute(statement)
        let warned = session.warnings(source: document.text, file: file).recorded
        switch result {
        case let .success(output):
            let recorded = ShellSession.joined(warned, session.render(output, session.settings.recordOptions))
            session.record(ItemOutcome(display: "", recorded: ShellSession.lines(recorded), succeeded: true,
                                       logText: statement.text))
            let shown = session.published(output, allowIDs: allowIDs)
            let cell: NotebookCell? = switch shown {
            case .none: nil
            case let .message(m): .result(.message(m))
            case let .value(v): .result(.value(v))
            }
            return ((warned.isEmpty ? [] : [.warning(warned)]) + (cell.map { [$0] } ?? []), false)
        case let .failure(.diagnostic(d)):
            let outcome = session.failure([d], source: document.text, file: file)
            return ([.error(outcome.recorded.joined(separator: "\n"))], true)
        case .failure(.interrupted):
            return ([.error("interrupted")], true)
        }
    }

    /// True for `list …` and `x = list …` (a table of children by ID).
    static func listsChildren(_ statement: Statement) -> Bool {
        let expr: Expr
        switch statement.kind {
        case let .expression(e), let .assign(_, e): expr = e
        default: return false
        }
        if case let .call(name, _) = expr.kind { return name == "list" }
        return false
    }
}

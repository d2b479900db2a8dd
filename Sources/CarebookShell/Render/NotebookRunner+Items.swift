extension NotebookRunner {
    /// The cells to show beneath an item's code, from its outcome: warnings, then its result, or its error.
    func cells(_ item: ScriptDocument.Item, _ outcome: ItemOutcome) -> [NotebookCell] {
        guard outcome.succeeded else { return [.error(outcome.located ?? outcome.recorded.joined(separator: "\n"))] }
        switch item.kind {
        case .command:
            let text = session.publishedText(outcome.recorded.joined(separator: "\n"), allowIDs: allowIDs)
            return text.isEmpty ? [] : [.result(.message(text))]
        case .entry(.failed):
            return []
        case .entry(.statement):
            guard let output = outcome.output else { return [.error(outcome.display)] }    // `list` refused
            let warnings: [NotebookCell] = outcome.warningText.isEmpty ? [] : [.warning(outcome.warningText)]
            // A definitions script that loaded files is a load: its files join the report's Data section.
            if case let .ran(run) = output, !run.loaded.isEmpty {
                return warnings + run.loaded.map { summary in
                    switch session.publishedLoad(summary, allowIDs: allowIDs) {
                    case let .loaded(s): .result(.loaded(s))
                    case let other: .result(.message(session.render(other, RenderOptions())))   // it named a child: screened text
                    }
                }
            }
            let published = if case let .loaded(s) = output { session.publishedLoad(s, allowIDs: allowIDs) }
                            else { session.published(output, allowIDs: allowIDs) }
            let cell: NotebookCell? = switch published {
            case .none: nil
            case let .message(m): .result(.message(m))
            case let .sentence(p): .result(.message(p.text))
            case let .loaded(s): .result(.loaded(s))
            case let .ran(r): .result(.message(r.text))
            case let .value(v): .result(.value(v))
            }
            return warnings + (cell.map { [$0] } ?? [])
        }
    }

    /// Why a `list` statement is not in the report.
    static let listRefusal = "refused: `list` shows child IDs, which are left out of rendered reports; "
        + "count or group the children instead (`count …`, `… by placement_group`), or render with --allow-ids "
        + "for a report that is not published"

    /// True for `list …` and `x = list …` (a table of children by ID).
    static func listsChildren(_ item: ScriptDocument.Item) -> Bool {
        guard case let .entry(.statement(statement)) = item.kind else { return false }
        let expr: Expr
        switch statement.kind {
        case let .expression(e), let .assign(_, e): expr = e
        default: return false
        }
        if case let .call(name, _) = expr.kind { return name == "list" }
        return false
    }
}

extension ShellSession {
    /// An output as publishing shows it: child identifiers withheld (`IdentifierScreen`, over every
    /// identifier the session holds) unless `allowIDs`, then small numbers suppressed. Unchanged when
    /// publishing is off.
    func published(_ output: Output, allowIDs: Bool = false) -> Output {
        guard let rules = settings.publishing else { return output }
        guard !allowIDs else { return rules.apply(to: output, screen: nil) }
        // The session's identifiers are gathered only for an output with text in it to search.
        let values = Self.hasText(output) ? interpreter.identifierValues : []
        return rules.apply(to: output, screen: IdentifierScreen(identifiers: values))
    }

    /// A load as a published report takes it: typed, for its Data section to lay out with small counts
    /// suppressed (`Notebook.suppression`); when it names a child, its text with the identifier withheld
    /// and small counts suppressed, left in place in the report's body.
    func publishedLoad(_ summary: LoadSummary, allowIDs: Bool) -> Output {
        guard let rules = settings.publishing, !allowIDs else { return .loaded(summary) }
        switch IdentifierScreen(identifiers: interpreter.identifierValues).apply(to: .loaded(summary)) {
        case let .message(m): return .message(rules.apply(toMessage: m))
        case let other: return other
        }
    }

    /// A command's text as publishing shows it (`:vars` shows values, `:history` what was typed).
    func publishedText(_ text: String, allowIDs: Bool = false) -> String {
        guard settings.publishing != nil, !text.isEmpty, case let .message(m) = published(.message(text), allowIDs: allowIDs) else {
            return text
        }
        return m
    }

    static func hasText(_ output: Output) -> Bool {
        switch output {
        case .none: false
        case .message, .sentence, .loaded, .ran: true
        case let .value(v): hasText(v)
        }
    }

    static func hasText(_ value: Value) -> Bool {
        switch value {
        case .text, .phrase, .list, .chart, .plan, .projection, .backtest, .indicator: true
        case let .table(t): t.columns.contains { $0.type == .text }
        case let .record(r): r.fields.contains { hasText($0.value) }
        default: false
        }
    }
}

extension Suppression {
    /// A statement's output as published: child identifiers withheld by `screen` (see `IdentifierScreen`;
    /// nil only when the report is rendered with `--allow-ids`), then values through `apply(to: Value)`
    /// and small counts in messages suppressed (in a sentence, `cohort ooa: c rows`, part by part).
    public func apply(to output: Output, screen: IdentifierScreen? = IdentifierScreen()) -> Output {
        switch screen.map({ $0.apply(to: output) }) ?? output {
        case .none: .none
        case let .message(m): .message(apply(toMessage: m))
        case let .sentence(p): .sentence(apply(to: p))
        case let .loaded(s): IdentifierScreen.published(s, apply(toMessage: s.text))
        case let .ran(r): .message(apply(toMessage: r.text))
        case let .value(v): .value(apply(to: v))
        }
    }

    /// Words that, after a number in a message, say the number counts people or records.
    static let countedWords: Set<String> = ["row", "rows", "child", "children", "episode", "episodes", "placement",
                                            "placements", "admission", "admissions", "leaver", "leavers"]

    /// The message with each small whole number followed by a counted word (`3 children`) shown as `c`.
    public func apply(toMessage message: String) -> String {
        let words = message.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var out = words
        for i in words.indices.dropLast() {
            let next = words[i + 1].lowercased().prefix { $0.isLetter }
            guard Self.countedWords.contains(String(next)) else { continue }
            let digits = words[i].drop { !$0.isNumber }
            guard !digits.isEmpty, digits.allSatisfy(\.isNumber), let n = Double(digits), isSmall(n) else { continue }
            out[i] = String(words[i].prefix { !$0.isNumber }) + Suppression.mark
        }
        return out.joined(separator: " ")
    }
}

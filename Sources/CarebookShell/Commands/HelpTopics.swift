/// Finds functions and commands by a topic word (`:help sgo`, `:help step`), for names nobody remembers.
///
/// A word matches a whole part of a name (`sgo` in `convert_to_sgo`) before it matches the start of a
/// part (`proj` in `project`) or a word of a summary (`fostering` in `step_down`'s). Every word of a
/// several-word topic must match.
struct HelpTopics {
    /// One function or command with its help text.
    struct Entry {
        var name: String
        var usage: String
        var summary: String
        var example: String
    }

    let entries: [Entry]

    init(_ session: ShellSession) {
        entries = session.interpreter.builtins.all.map { Entry(name: $0.name, usage: $0.usage, summary: $0.summary, example: $0.example) }
            + session.commands.commands.map { Entry(name: ":" + $0.name, usage: $0.usage, summary: $0.summary, example: $0.example) }
    }

    /// The entries about `topic`: those whose names say it (or, when none does, those that mention it),
    /// and the others that mention it; each best first.
    func matches(_ topic: String) -> (best: [Entry], also: [Entry]) {
        let words = topic.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).map(String.init)
        guard !words.isEmpty else { return ([], []) }
        let scored = entries.compactMap { e -> (Entry, Int)? in
            let scores = words.map { Self.score($0, e) }
            return scores.contains(0) ? nil : (e, scores.reduce(0, +))
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.name < $1.0.name }
        // A name that says the topic beats summaries that mention it (`step` is step_down, not :tutorial's "step by step").
        let named = scored.filter { $0.1 >= 2 * words.count }
        return named.isEmpty ? (scored.map(\.0), []) : (named.map(\.0), scored.dropFirst(named.count).map(\.0))
    }

    /// 3 for a whole part of the name, 2 for the start of one, 1 for a word of the summary or usage, else 0.
    static func score(_ word: String, _ e: Entry) -> Int {
        let parts = e.name.lowercased().split(whereSeparator: { $0 == "_" || $0 == ":" }).map(String.init)
        if parts.contains(word) { return 3 }
        if word.count >= 3, parts.contains(where: { $0.hasPrefix(word) }) { return 2 }
        let summary = (e.summary + " " + e.usage).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if word.count >= 3, summary.contains(where: { $0 == word || $0.hasPrefix(word) }) { return 1 }
        return 0
    }
}

/// What Tab may put in place of the word being typed.
public struct Completion: Sendable, Equatable {
    /// Character offset in the line where the replaced word starts; the text
    /// from here to the cursor is replaced by the chosen candidate.
    public var replaceFrom: Int
    /// Full replacements for that text, sorted and de-duplicated.
    public var candidates: [String]
    /// Text added after a candidate that was the only one (a space after a
    /// word, a closing quote after a file name); never after a directory's `/`.
    public var terminator: String

    public init(replaceFrom: Int, candidates: [String], terminator: String = " ") {
        self.replaceFrom = replaceFrom
        self.candidates = candidates
        self.terminator = terminator
    }

    /// The longest text every candidate starts with.
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

/// Something that proposes completions for a partly typed line.
public protocol CompletionSource: AnyObject {
    /// Candidates for the word ending at `cursor` (a character offset in `line`).
    func complete(line: String, cursor: Int) -> Completion
}

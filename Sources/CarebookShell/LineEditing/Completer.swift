import Foundation

/// The shell's Tab completion: commands, file paths, columns, and names.
///
/// What is offered depends on where the cursor is:
/// - a word starting with `:` at the start of the line: session commands;
/// - inside the quotes of `load "…`: files and directories relative to the
///   current directory (directories end in `/`, `~` is the home directory,
///   hidden files only when the typed name starts with `.`);
/// - inside the quotes after `sheet:` in `load "tracker.xlsx" sheet: "…`: the workbook's worksheets;
/// - inside a table clause (`where`, `by`, `sort`, `select`, `with`, and
///   after `and`/`or`/`,` there): the columns of the table the expression
///   starts with (`lac where pla` → columns of `lac`), plus names and keywords;
/// - anywhere else: keywords, functions and bound names.
///
/// Candidates are sorted, de-duplicated, and filtered by the typed prefix,
/// case-sensitively first and case-insensitively if nothing matches.
public final class Completer: CompletionSource {
    /// Where the words come from.
    public var vocabulary: CompletionVocabulary
    let currentDirectory: () -> String
    let homeDirectory: () -> String?

    /// A completer over `vocabulary`; the directory closures exist for tests.
    public init(vocabulary: CompletionVocabulary,
                currentDirectory: @escaping () -> String = { FileManager.default.currentDirectoryPath },
                homeDirectory: @escaping () -> String? = { ProcessInfo.processInfo.environment["HOME"] }) {
        self.vocabulary = vocabulary
        self.currentDirectory = currentDirectory
        self.homeDirectory = homeDirectory
    }

    public func complete(line: String, cursor: Int) -> Completion {
        let before = Array(line.prefix(max(0, cursor)))
        let end = before.count
        if let sheet = Self.loadSheetPrefix(before) {
            return completeSheet(path: sheet.path, typed: sheet.typed, endingAt: end)
        }
        if let typed = Self.loadPathPrefix(before) {
            return completePath(typed, endingAt: end)
        }
        if CompletionContext.isInStringOrComment(before) {
            return Completion(replaceFrom: end, candidates: [])
        }
        let start = Self.wordStart(before)
        let word = String(before[start...])
        let head = before[..<start]
        if word.hasPrefix(":"), head.allSatisfy(\.isWhitespace) {
            let commands = vocabulary.commands().map { $0.hasPrefix(":") ? $0 : ":" + $0 }
            return Completion(replaceFrom: start, candidates: Self.filter(commands, by: word))
        }
        return Completion(replaceFrom: start, candidates: Self.filter(words(before: head), by: word))
    }

    /// The words that fit at a position, given the text before the word.
    private func words(before head: ArraySlice<Character>) -> [String] {
        let context = CompletionContext(tokens: CompletionContext.tokenize(head), keywords: vocabulary.keywords)
        if let table = context.clauseTable {
            return vocabulary.columns(table) + vocabulary.names() + vocabulary.keywords
        }
        if context.inClause {
            return vocabulary.names() + vocabulary.keywords
        }
        return vocabulary.keywords + vocabulary.functions() + vocabulary.names()
    }

    /// Where the identifier (or `:command`) ending at the cursor begins.
    static func wordStart(_ chars: [Character]) -> Int {
        var i = chars.count
        while i > 0, isWordCharacter(chars[i - 1]) { i -= 1 }
        if i > 0, chars[i - 1] == ":" { i -= 1 }
        return i
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_"
    }

    /// Sorted, unique candidates starting with `prefix` (exact case first, then any case).
    static func filter(_ words: [String], by prefix: String) -> [String] {
        let unique = Set(words.filter { !$0.isEmpty })
        let exact = unique.filter { $0.hasPrefix(prefix) }
        if !exact.isEmpty || prefix.isEmpty { return exact.sorted() }
        let lower = prefix.lowercased()
        return unique.filter { $0.lowercased().hasPrefix(lower) }.sorted()
    }
}

import Foundation

/// Withholds child identifiers from published output, wherever they appear.
///
/// An identifier is a value of an identifier column (`Column.isIdentifier`: CHILD, UPN and anything
/// computed from them) or, in text outside such a column, one of the session's identifier values
/// (`identifiers`). In what is published:
///
/// - a table loses every identifier column, and every text column with an identifier in any cell
///   (`"id " + child`); a table with nothing else left becomes the note `withheld`;
/// - a list holding an identifier, and a chart labelled by identifiers, become that note too
///   (their length would count children);
/// - in any other text (a record field, an `explain` listing, a message) each run of words holding
///   an identifier, also inside a word (`"x" + child`), becomes `[child IDs withheld]`.
///
/// Counts stay, and go through small-number suppression afterwards.
public struct IdentifierScreen: Sendable {
    /// The session's identifier values, looked for in text.
    public let identifiers: Set<String>
    /// The lengths (in characters) of the identifiers, for finding one inside a word (`"x" + child`).
    let lengths: [Int]

    /// What is shown instead of a value made of identifiers.
    public static let withheld = "[child IDs withheld]"

    public init(identifiers: Set<String> = []) {
        self.identifiers = identifiers
        lengths = Set(identifiers.map(\.count)).sorted()
    }

    /// The output without identifiers.
    public func apply(to output: Output) -> Output {
        switch output {
        case .none: .none
        case let .message(m): .message(screen(m))
        case let .sentence(p): .sentence(screen(p))
        case let .loaded(s): Self.published(s, screen(s.text))
        case let .ran(r): .message(screen(r.text))
        case let .value(v): .value(apply(to: v))
        }
    }

    /// The value without identifiers (see the type's rules).
    public func apply(to value: Value) -> Value {
        switch value {
        case let .text(s): return .text(screen(s))
        case let .phrase(p): return .phrase(screen(p))
        case let .list(items):
            return items.contains(where: holdsIdentifier) ? .text(Self.withheld) : value
        case let .table(t):
            let keep = t.columns.indices.filter { !isIdentifier(t.columns[$0]) }
            if keep.count == t.columns.count { return value }
            return keep.isEmpty ? .text(Self.withheld) : .table(t.selecting(keep))
        case let .chart(c):
            guard let x = c.data.columns.first, isIdentifier(x) else {
                var screened = c
                if case let .table(data) = apply(to: .table(c.data)) { screened = c.with(data: data) }
                screened.title = screen(c.title)
                screened.note = c.note.map(screen)
                return .chart(screened)
            }
            return .text(Self.withheld + " (a chart labelled by child)")
        case let .record(r):
            return .record(screenFields(r))
        case .plan, .projection, .backtest, .indicator:
            return .record(screenFields(value.shownRecord!))
        default:
            return value
        }
    }

    func screenFields(_ r: Record) -> Record {
        Record(title: r.title, fields: r.fields.map { ($0.name, apply(to: $0.value)) }, keys: r.keys)
    }

    /// True for an identifier column, or a text column with an identifier in any cell.
    public func isIdentifier(_ column: Column) -> Bool {
        if column.isIdentifier { return true }
        guard !identifiers.isEmpty, case let .text(_, dictionary) = column.storage else { return false }
        return dictionary.contains(where: containsIdentifier)
    }

    /// True when the value is, or holds, an identifier.
    func holdsIdentifier(_ value: Value) -> Bool {
        switch value {
        case let .text(s): containsIdentifier(s)
        case let .phrase(p): p.lines.contains { $0.parts.contains(where: holdsIdentifier) }
        case let .list(items): items.contains(where: holdsIdentifier)
        case let .table(t): t.columns.contains(where: isIdentifier)
        case let .record(r): r.fields.contains { holdsIdentifier($0.value) }
        case .plan, .projection, .backtest, .indicator: value.shownRecord!.fields.contains { holdsIdentifier($0.value) }
        default: false
        }
    }

    /// The phrase without identifiers: a list of them (an `explain` listing) becomes `withheld`, and any
    /// other words are screened as text is.
    func screen(_ phrase: Phrase) -> Phrase {
        Phrase(phrase.lines.map { line in
            Phrase.Line(line.style, line.parts.map { part in
                switch part {
                case let .identifiers(ids): ids.isEmpty ? part : .words(Self.withheld)
                case let .words(s): .words(screen(s))
                default: part
                }
            })
        })
    }

    func holdsIdentifier(_ part: Phrase.Part) -> Bool {
        switch part {
        case let .identifiers(ids): !ids.isEmpty
        case let .words(s): containsIdentifier(s)
        default: false
        }
    }

    /// True when the text is an identifier or has one in a word (`QZ701K`, `idQZ701K`).
    public func containsIdentifier(_ text: String) -> Bool {
        guard !identifiers.isEmpty else { return false }
        if identifiers.contains(text.trimmingCharacters(in: .whitespaces)) { return true }
        return Self.words(text).contains { holdsIdentifier(word: text[$0]) }
    }

    /// True when some run of the word's characters is an identifier: each length an identifier has,
    /// at each place in the word (words are short, and identifiers come in few lengths).
    func holdsIdentifier(word: Substring) -> Bool {
        if identifiers.contains(String(word)) { return true }
        let chars = Array(word)
        for length in lengths where length < chars.count {
            for start in 0...(chars.count - length) where identifiers.contains(String(chars[start..<(start + length)])) {
                return true
            }
        }
        return false
    }

    /// The text with each run of words holding identifiers (separated only by spaces, commas or line
    /// breaks) replaced by `withheld`.
    public func screen(_ text: String) -> String {
        guard containsIdentifier(text) else { return text }
        if identifiers.contains(text.trimmingCharacters(in: .whitespaces)) { return Self.withheld }
        var out = ""
        var cursor = text.startIndex
        var inRun = false
        for word in Self.words(text) {
            let gap = text[cursor..<word.lowerBound]
            cursor = word.upperBound
            if holdsIdentifier(word: text[word]) {
                if inRun && gap.allSatisfy(Self.isRunSeparator) { continue }
                out += gap + Self.withheld
                inRun = true
            } else {
                out += gap + text[word]
                inRun = false
            }
        }
        return out + text[cursor...]
    }

    static func isRunSeparator(_ c: Character) -> Bool { c == " " || c == "," || c == "\n" || c == "\t" }

    /// The ranges of the words of `text`: runs of letters, digits, `_` and `-`.
    static func words(_ text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var start: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let inWord = c.isLetter || c.isNumber || c == "_" || c == "-"
            if inWord, start == nil { start = i }
            if !inWord, let s = start { out.append(s..<i); start = nil }
            i = text.index(after: i)
        }
        if let s = start { out.append(s..<text.endIndex) }
        return out
    }
}

extension IdentifierScreen {
    /// A load as published: its typed summary while publishing leaves its text as it was, else the changed text.
    static func published(_ summary: LoadSummary, _ text: String) -> Output {
        text == summary.text ? .loaded(summary) : .message(text)
    }
}

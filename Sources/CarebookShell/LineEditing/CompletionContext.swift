/// The syntactic position of the cursor, as far as completion needs to know it.
///
/// Built from a rough tokenization of the text before the word being
/// completed: enough to tell whether the cursor is inside a table clause
/// (`lac where age > 12 and pla`) and which table that clause applies to.
struct CompletionContext {
    enum Token: Equatable {
        case word(String)
        case open, close, comma, assign, other
    }

    /// The words that start a table clause.
    static let clauseKeywords: Set<String> = ["where", "by", "sort", "select", "with"]

    /// Whether the cursor is inside a table clause.
    private(set) var inClause = false
    /// The table the clause applies to, when the expression starts with a name.
    private(set) var clauseTable: String?

    init(tokens: [Token], keywords: [String]) {
        let region = Self.currentExpression(tokens)
        guard let first = region.firstIndex(where: { Self.isClauseKeyword($0) }) else { return }
        inClause = true
        let head = region[..<first]
        let afterAssign = head.lastIndex(of: .assign).map { head.index(after: $0) } ?? head.startIndex
        let skip = Set(keywords).union(Self.clauseKeywords)
        for case .word(let name) in head[afterAssign...] where !skip.contains(name) {
            if name.first?.isNumber == false { clauseTable = name }
            break
        }
    }

    private static func isClauseKeyword(_ token: Token) -> Bool {
        if case .word(let w) = token { return clauseKeywords.contains(w) }
        return false
    }

    /// The depth-0 tokens of the innermost unclosed bracket (or of the whole line).
    private static func currentExpression(_ tokens: [Token]) -> [Token] {
        var stack: [[Token]] = [[]]
        for token in tokens {
            switch token {
            case .open: stack.append([])
            case .close: if stack.count > 1 { stack.removeLast() }
            default: stack[stack.count - 1].append(token)
            }
        }
        return stack[stack.count - 1]
    }

    /// Splits text into words, brackets, commas, `=` and other symbols; string
    /// literals become `.other`.
    static func tokenize<C: Collection>(_ chars: C) -> [Token] where C.Element == Character {
        var tokens: [Token] = []
        var i = chars.startIndex
        while i < chars.endIndex {
            let c = chars[i]
            if Completer.isWordCharacter(c) {
                var j = i
                while j < chars.endIndex, Completer.isWordCharacter(chars[j]) { j = chars.index(after: j) }
                tokens.append(.word(String(chars[i..<j])))
                i = j
                continue
            }
            i = chars.index(after: i)
            switch c {
            case "(", "[": tokens.append(.open)
            case ")", "]": tokens.append(.close)
            case ",": tokens.append(.comma)
            case "\"":
                while i < chars.endIndex, chars[i] != "\"" { i = chars.index(after: i) }
                if i < chars.endIndex { i = chars.index(after: i) }
                tokens.append(.other)
            case "=":
                let next = i < chars.endIndex ? chars[i] : " "
                let previous = tokens.last
                if next == "=" { i = chars.index(after: i); tokens.append(.other) }
                else if previous == .other { tokens.append(.other) }  // <=, >=, !=
                else { tokens.append(.assign) }
            case _ where c.isWhitespace: break
            default: tokens.append(.other)
            }
        }
        return tokens
    }

    /// Whether the text ends inside a string literal or a `#` comment.
    static func isInStringOrComment(_ chars: [Character]) -> Bool {
        var inString = false
        for c in chars {
            if c == "\"" { inString.toggle() } else if c == "#", !inString { return true }
        }
        return inString
    }
}

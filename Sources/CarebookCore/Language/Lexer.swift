/// Turns source text into tokens, each with its line and column.
///
/// Comments (`#` to end of line) are skipped; newlines are tokens because they
/// end statements, except inside brackets, where they are whitespace.
public struct Lexer {
    private let chars: [Character]
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    public private(set) var tokens: [Token] = []
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ source: String) {
        chars = Array(source)
    }

    /// Tokenizes the whole source; lexical errors are collected, not thrown.
    public static func tokenize(_ source: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(source)
        lexer.run()
        return (lexer.tokens, lexer.diagnostics)
    }

    private var location: SourceLocation { SourceLocation(line: line, column: column) }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    private mutating func advance() -> Character {
        let c = chars[index]
        index += 1
        if c == "\n" { line += 1; column = 1 } else { column += 1 }
        return c
    }

    private mutating func run() {
        while let c = peek() {
            let start = location
            switch c {
            case " ", "\t", "\r":
                _ = advance()
            case "\n":
                _ = advance()
                if depth > 0 && nextLineStartsStatement() { depth = 0 }
                if depth == 0 { tokens.append(Token(.newline, SourceRange(start, location))) }
            case "#":
                while let d = peek(), d != "\n" { _ = advance() }
            case "\"", "\u{201C}":
                lexText(start)
            case "`":
                lexQuotedIdentifier(start)
            case "£":
                lexMoney(start)
            case _ where c.isNumber && c.isASCII:
                lexNumber(start)
            case _ where c.isLetter || c == "_":
                lexWord(start)
            default:
                lexSymbol(c, start)
            }
        }
        tokens.append(Token(.end, SourceRange(location, location)))
    }

    /// True when the line about to be read starts, at column 1, like a new statement
    /// (`name =`, `asat`, `load`, `cohort`, `assert`, `:command`): an unclosed bracket
    /// on an earlier line then ends there, so one missing `)` cannot swallow a script.
    private func nextLineStartsStatement() -> Bool {
        var i = index
        guard i < chars.count else { return false }
        if chars[i] == ":" { return true }
        var word = ""
        while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { word.append(chars[i]); i += 1 }
        guard let first = word.first, first.isLetter || first == "_" else { return false }
        if ["asat", "load", "cohort", "assert"].contains(word) { return i < chars.count && chars[i] == " " }
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i < chars.count, chars[i] == "=" else { return false }
        return i + 1 >= chars.count || chars[i + 1] != "="
    }

    private mutating func add(_ kind: Token.Kind, from start: SourceLocation) {
        tokens.append(Token(kind, SourceRange(start, location)))
    }

    private mutating func lexWord(_ start: SourceLocation) {
        var word = ""
        while let c = peek(), c.isLetter || c.isNumber || c == "_" { word.append(advance()) }
        if let k = Keyword(rawValue: word) { add(.keyword(k), from: start) } else { add(.identifier(word), from: start) }
    }

    private mutating func lexQuotedIdentifier(_ start: SourceLocation) {
        _ = advance()
        var word = ""
        while let c = peek(), c != "`", c != "\n" { word.append(advance()) }
        guard peek() == "`" else {
            diagnostics.append(Diagnostic("unterminated quoted name", at: SourceRange(start, location),
                                          hint: "close it with a backtick (`)"))
            return
        }
        _ = advance()
        add(.identifier(word), from: start)
    }

    private mutating func lexText(_ start: SourceLocation) {
        let open = advance()
        let close: Character = open == "\u{201C}" ? "\u{201D}" : "\""
        var text = ""
        while let c = peek(), c != close, c != "\n" {
            if c == "\\", let next = peek(1) {
                _ = advance(); _ = advance()
                switch next {
                case "n": text.append("\n")
                case "t": text.append("\t")
                default: text.append(next)
                }
            } else {
                text.append(advance())
            }
        }
        guard peek() == close else {
            diagnostics.append(Diagnostic("unterminated text", at: SourceRange(start, location),
                                          hint: "close it with a double quote (\")"))
            add(.text(text), from: start)
            return
        }
        _ = advance()
        add(.text(text), from: start)
    }

    private mutating func lexSymbol(_ c: Character, _ start: SourceLocation) {
        _ = advance()
        let two: String? = peek().map { String(c) + String($0) }
        if let t = two, ["==", "!=", "<=", ">=", "<>"].contains(t) {
            _ = advance()
            add(.symbol(t == "<>" ? "!=" : t), from: start)
            return
        }
        let mapped: String? = switch c {
        case "+", "-", "*", "/", "(", ")", "[", "]", ",", ":", ".", "=", "<", ">": String(c)
        case "−", "–": "-"
        case "×": "*"
        case "÷": "/"
        case "≤": "<="
        case "≥": ">="
        case "≠": "!="
        default: nil
        }
        guard let s = mapped else {
            diagnostics.append(Diagnostic("unexpected character `\(c)`", at: SourceRange(start, location)))
            return
        }
        if s == "(" || s == "[" { depth += 1 }
        if (s == ")" || s == "]") && depth > 0 { depth -= 1 }
        add(.symbol(s), from: start)
    }
}

extension Lexer {
    /// Reads digits with `_` separators (and `,` groups when `commas`), returning the text without separators.
    private mutating func digits(allowCommas commas: Bool) -> String {
        var text = ""
        while let c = peek() {
            if c.isASCII && c.isNumber { text.append(advance()) }
            else if c == "_", let n = peek(1), n.isASCII, n.isNumber { _ = advance() }
            else if commas, c == ",", isCommaGroup() { _ = advance() }
            else { break }
        }
        return text
    }

    /// True when a comma is followed by exactly three digits (a thousands group).
    private func isCommaGroup() -> Bool {
        guard index + 3 < chars.count + 1 else { return false }
        for k in 1...3 {
            guard let d = peek(k), d.isASCII, d.isNumber else { return false }
        }
        if let after = peek(4), after.isASCII, after.isNumber { return false }
        return true
    }

    private mutating func fraction() -> String {
        guard peek() == ".", let n = peek(1), n.isASCII, n.isNumber else { return "" }
        _ = advance()
        return "." + digits(allowCommas: false)
    }

    private mutating func lexNumber(_ start: SourceLocation) {
        if let day = dateAhead() {
            for _ in 0..<10 { _ = advance() }
            add(.date(day), from: start)
            return
        }
        let text = digits(allowCommas: false) + fraction()
        let value = Double(text) ?? 0
        if peek() == "%" {
            _ = advance()
            add(.percent(value / 100), from: start)
        } else {
            add(.number(value), from: start)
        }
    }

    /// A date `yyyy-mm-dd` starting here, if there is one.
    private func dateAhead() -> Day? {
        guard index + 10 <= chars.count else { return nil }
        let s = String(chars[index..<index + 10])
        let pattern = s.enumerated().allSatisfy { i, c in (i == 4 || i == 7) ? c == "-" : (c.isASCII && c.isNumber) }
        guard pattern else { return nil }
        if let after = peek(10), after.isNumber || after.isLetter { return nil }
        return Day.parse(s)
    }

    private mutating func lexMoney(_ start: SourceLocation) {
        _ = advance()
        guard let c = peek(), c.isASCII, c.isNumber else {
            diagnostics.append(Diagnostic("expected an amount after `£`", at: SourceRange(start, location),
                                          hint: "write money as £3,712, £3,712.50, £250k or £1.2m"))
            return
        }
        let text = digits(allowCommas: true) + fraction()
        var multiplier: Int64 = 1
        if peek() == "k", !(peek(1)?.isLetter ?? false) { multiplier = 1_000; _ = advance() }
        else if peek() == "m", !(peek(1)?.isLetter ?? false) { multiplier = 1_000_000; _ = advance() }
        else if peek() == "b", peek(1) == "n", !(peek(2)?.isLetter ?? false) { multiplier = 1_000_000_000; _ = advance(); _ = advance() }
        guard let pence = Self.pence(text, multiplier: multiplier) else {
            diagnostics.append(Diagnostic("amount out of range", at: SourceRange(start, location)))
            return
        }
        add(.money(Money(pence: pence)), from: start)
    }

    /// Exact pence for decimal text times a power-of-ten multiplier (sub-penny digits round half up).
    static func pence(_ text: String, multiplier: Int64) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = Int64(parts[0]) else { return nil }
        var frac = parts.count > 1 ? Array(parts[1]) : []
        var scale = 100 * multiplier
        let (base, overflow) = whole.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        var result = base
        while !frac.isEmpty && scale > 1 {
            scale /= 10
            result += Int64(frac.removeFirst().wholeNumberValue!) * scale
        }
        if let next = frac.first?.wholeNumberValue, next >= 5 { result += 1 }
        return result
    }
}

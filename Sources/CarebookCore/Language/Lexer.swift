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
    /// (`name =`, `asat`, `load`, `cohort`, `assert`, `indicator "`, `:command`): an unclosed bracket
    /// on an earlier line then ends there, so one missing `)` cannot swallow a script.
    private func nextLineStartsStatement() -> Bool {
        var i = index
        guard i < chars.count else { return false }
        if chars[i] == ":" { return true }
        var word = ""
        while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { word.append(chars[i]); i += 1 }
        guard let first = word.first, first.isLetter || first == "_" else { return false }
        if ["asat", "load", "cohort", "assert"].contains(word) { return i < chars.count && chars[i] == " " }
        if word == "indicator" { return i + 1 < chars.count && chars[i] == " " && chars[i + 1] == "\"" }
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i < chars.count, chars[i] == "=" else { return false }
        return i + 1 >= chars.count || chars[i + 1] != "="
    }

    private mutating func add(_ kind: Token.Kind, from start: SourceLocation) {
        tokens.append(Token(kind, SourceRange(start, location)))
    }

    /// The longest name the language accepts, in characters.
    public static let maxNameLength = 200

    private mutating func lexWord(_ start: SourceLocation) {
        var word = ""
        var length = 0
        while let c = peek(), c.isLetter || c.isNumber || c == "_" {
            let next = advance()
            length += 1
            if length <= Self.maxNameLength { word.append(next) }
        }
        guard length <= Self.maxNameLength else { return tooLong(length, from: start) }
        if let k = Keyword(rawValue: word) { add(.keyword(k), from: start) } else { add(.identifier(word), from: start) }
    }

    /// Reports a name longer than `maxNameLength` (and adds no token for it).
    private mutating func tooLong(_ length: Int, from start: SourceLocation) {
        let end = SourceLocation(line: start.line, column: start.column + 1)
        diagnostics.append(Diagnostic("a name of \(length) characters is too long (at most \(Self.maxNameLength))",
                                      at: SourceRange(start, end)))
    }

    private mutating func lexQuotedIdentifier(_ start: SourceLocation) {
        _ = advance()
        var word = ""
        var length = 0
        while let c = peek(), c != "`", c != "\n" {
            let next = advance()
            length += 1
            if length <= Self.maxNameLength { word.append(next) }
        }
        if length > Self.maxNameLength {
            if peek() == "`" { _ = advance() }
            return tooLong(length, from: start)
        }
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
        if let written = dateShapeAhead() {
            for _ in 0..<10 { _ = advance() }
            if let day = Day.parse(written) {
                add(.date(day), from: start)
            } else {
                diagnostics.append(Diagnostic(Self.notADate(written), at: SourceRange(start, location)))
            }
            return
        }
        let text = digits(allowCommas: false) + fraction()
        let value = Double(text) ?? 0
        if !Self.isExact(text, value) {
            diagnostics.append(Diagnostic("\(text.prefix(40))\(text.count > 40 ? "…" : "") has more digits than a number holds exactly",
                                          at: SourceRange(start, location), hint: "numbers keep about 15 significant digits"))
        }
        if peek() == "%" {
            _ = advance()
            add(.percent(value / 100), from: start)
        } else {
            add(.number(value), from: start)
        }
    }

    /// Text shaped like a date, `dddd-dd-dd`, starting here (valid or not), if there is one.
    private func dateShapeAhead() -> String? {
        guard index + 10 <= chars.count else { return nil }
        let s = String(chars[index..<index + 10])
        let pattern = s.enumerated().allSatisfy { i, c in (i == 4 || i == 7) ? c == "-" : (c.isASCII && c.isNumber) }
        guard pattern else { return nil }
        if let after = peek(10), after.isNumber || after.isLetter { return nil }
        return s
    }

    /// Why `yyyy-mm-dd` text is not a date: "2019-02-30 is not a date: February 2019 has 28 days".
    static func notADate(_ text: String) -> String {
        let parts = text.split(separator: "-").map { Int($0) ?? 0 }
        let (y, m, d) = (parts[0], parts[1], parts[2])
        let names = ["January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"]
        if y < 1 { return "\(text) is not a date: years run from 0001 to 9999" }
        if !(1...12).contains(m) { return "\(text) is not a date: there is no month \(m)" }
        if d < 1 { return "\(text) is not a date: days start at 1" }
        return "\(text) is not a date: \(names[m - 1]) \(y) has \(Day.daysIn(month: m, year: y)) days"
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
            diagnostics.append(Diagnostic("amount out of range", at: SourceRange(start, location),
                                          hint: "the largest amount is £92,233,720,368,547,758.07"))
            return
        }
        add(.money(Money(pence: pence)), from: start)
    }

    /// True when decimal `text` is exactly the shortest decimal of `value` (so nothing was rounded away).
    static func isExact(_ text: String, _ value: Double) -> Bool {
        guard let held = DecimalFactor(value) else { return false }
        var digits = Array(text.replacingOccurrences(of: ".", with: ""))
        var exponent = -(text.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0)
        while digits.count > 1, digits.first == "0" { digits.removeFirst() }
        while digits.count > 1, digits.last == "0" { digits.removeLast(); exponent += 1 }
        var m = held.mantissa, e = held.exponent
        while m != 0, m % 10 == 0 { m /= 10; e += 1 }
        if m == 0 { return digits.allSatisfy { $0 == "0" } }
        return String(m) == String(digits) && e == exponent
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
            let (sum, o) = result.addingReportingOverflow(Int64(frac.removeFirst().wholeNumberValue ?? 0) * scale)
            guard !o else { return nil }
            result = sum
        }
        if let next = frac.first?.wholeNumberValue, next >= 5 {
            let (sum, o) = result.addingReportingOverflow(1)
            guard !o else { return nil }
            result = sum
        }
        return result
    }
}

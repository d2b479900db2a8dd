/// Parses tokens into statements, one grammar rule per method.
///
/// A syntax error is recorded and the parser skips to the next line, so one
/// run reports every syntax error in a script.
public struct Parser {
    var tokens: [Token]
    var position = 0
    /// How deeply the expression being parsed nests (brackets, operators, clauses); see `nest()`.
    var depth = 0
    let lines: [Substring]
    public private(set) var diagnostics: [Diagnostic] = []
    /// The source ranges of statements that failed to parse, in order.
    public private(set) var failedRanges: [SourceRange] = []
    /// Errors found by the lexer (a stray character, unclosed text): they explain a line better than the parser's.
    public private(set) var lexicalDiagnostics: [Diagnostic] = []

    /// A parse failure inside one statement (recorded, then recovered from).
    struct Failure: Error {
        var diagnostic: Diagnostic
    }

    public init(source: String) {
        let lexed = Lexer.tokenize(source)
        tokens = lexed.tokens
        lexicalDiagnostics = lexed.diagnostics
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Parses a whole script or prompt entry: the statements, every syntax error,
    /// and the ranges of the statements that failed.
    public static func parse(_ source: String) -> (statements: [Statement], diagnostics: [Diagnostic], failed: [SourceRange]) {
        var parser = Parser(source: source)
        let statements = parser.program()
        let origin = SourceLocation(line: 0, column: 0)
        // Where the lexer found a fault in a line, the parser's complaints about that line are consequences.
        let lexicalLines = Set(parser.lexicalDiagnostics.compactMap { $0.range?.start.line })
        let syntactic = parser.diagnostics.filter { !lexicalLines.contains($0.range?.start.line ?? -1) }
        let sorted = (parser.lexicalDiagnostics + syntactic).sorted { ($0.range?.start ?? origin) < ($1.range?.start ?? origin) }
        return (statements, sorted, parser.failedRanges)
    }

    /// Parses one expression (used by tools that evaluate a bare expression).
    public static func parseExpression(_ source: String) -> Result<Expr, Diagnostic> {
        var parser = Parser(source: source)
        if let first = parser.lexicalDiagnostics.first { return .failure(first) }
        do {
            let e = try parser.expression()
            try parser.expectEndOfStatement()
            return .success(e)
        } catch {
            return .failure(error.diagnostic)
        }
    }

    mutating func program() -> [Statement] {
        var statements: [Statement] = []
        while true {
            while current.kind == .newline { position += 1 }
            if current.kind == .end { break }
            let start = current.range.start
            depth = 0
            do {
                statements.append(try statement())
            } catch {
                diagnostics.append(error.diagnostic)
                synchronize()
                failedRanges.append(SourceRange(start, max(start, lastWritten.range.end)))
            }
        }
        return statements
    }

    /// Skips to the start of the next line after an error.
    mutating func synchronize() {
        while current.kind != .newline && current.kind != .end { position += 1 }
    }

    // MARK: Token access

    var current: Token { tokens[position] }
    var previous: Token { tokens[max(0, position - 1)] }

    /// The last token before the current one that is not a line break.
    var lastWritten: Token {
        var i = position - 1
        while i > 0, tokens[i].kind == .newline || tokens[i].kind == .end { i -= 1 }
        return tokens[max(0, i)]
    }

    func peek(_ offset: Int) -> Token { tokens[min(tokens.count - 1, position + offset)] }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[position]
        if t.kind != .end { position += 1 }
        return t
    }

    /// Skips line breaks inside a statement (after an operator, `=` or a clause keyword),
    /// but not into a line that plainly starts a new statement (`name = …`, `load …`),
    /// so one dangling operator cannot swallow the next statement.
    mutating func skipNewlines() {
        while current.kind == .newline {
            let next = peek(1)
            if next.range.start.column == 1, startsStatement(at: position + 1) { return }
            position += 1
        }
    }

    func startsStatement(at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        switch tokens[index].kind {
        case .identifier("indicator") where index + 1 < tokens.count:
            if case .text = tokens[index + 1].kind { return true }
            return tokens[index + 1].isSymbol("=")
        case .identifier: return index + 1 < tokens.count && tokens[index + 1].isSymbol("=")
        case .keyword(.asat), .keyword(.load), .keyword(.cohort), .keyword(.assert): return true
        default: return false
        }
    }

    mutating func match(_ symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func match(_ keyword: Keyword) -> Bool {
        guard current.isKeyword(keyword) else { return false }
        advance()
        return true
    }

    mutating func expect(_ symbol: String, _ what: String) throws(Failure) {
        guard match(symbol) else { throw failure("expected \(what)") }
    }

    mutating func expectIdentifier(_ what: String) throws(Failure) -> (String, SourceRange) {
        guard case let .identifier(name) = current.kind else { throw failure("expected \(what)") }
        let t = advance()
        return (name, t.range)
    }

    func failure(_ message: String, hint: String? = nil) -> Failure {
        let found = current.display
        var range = current.range
        if current.kind == .newline || current.kind == .end, position > 0 {
            // Point just after the last token written, on its line, not at the next line.
            let end = lastWritten.range.end
            range = SourceRange(end, SourceLocation(line: end.line, column: end.column + 1))
        }
        return Failure(diagnostic: Diagnostic("\(message), found \(found)", at: range, hint: hint))
    }

    mutating func expectEndOfStatement() throws(Failure) {
        guard current.kind == .newline || current.kind == .end else {
            throw failure("expected the end of the statement",
                          hint: "one statement per line; did you miss an operator?")
        }
    }

    /// The deepest an expression may nest: deeper trees would overflow the stack when parsed,
    /// evaluated or freed, so they are refused with an error instead. (Statements are parsed
    /// and evaluated on the main thread, 8 MB of stack; worker threads only decode CSV columns.
    /// 200 levels take well under 1 MB in a debug build.)
    static let maxDepth = 200

    /// Goes one level deeper into the expression; the caller undoes it (`depth -= 1`) when done.
    mutating func nest() throws(Failure) {
        depth += 1
        guard depth <= Self.maxDepth else {
            throw Failure(diagnostic: Diagnostic("expression nested too deeply (more than \(Self.maxDepth) levels)",
                                                 at: current.range,
                                                 hint: "split it into steps: name a part (a = …) and use the name"))
        }
    }

    func range(from start: SourceLocation) -> SourceRange {
        SourceRange(start, previous.range.end)
    }

    /// The full source lines a statement spans.
    func sourceText(_ range: SourceRange) -> String {
        let first = max(0, range.start.line - 1), last = min(lines.count - 1, range.end.line - 1)
        guard first <= last else { return "" }
        return lines[first...last].joined(separator: "\n")
    }
}

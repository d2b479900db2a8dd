extension Parser {
    /// statement := asat | load | cohort | assert | indicator | assignment | expression
    mutating func statement() throws(Failure) -> Statement {
        let start = current.range.start
        let kind: StatementKind
        switch current.kind {
        case .keyword(.asat):
            advance()
            kind = .asat(try expression())
        case .keyword(.load):
            kind = try loadStatement()
        case .keyword(.cohort):
            advance()
            let (name, _) = try expectIdentifier("a cohort name after `cohort`")
            try expect("=", "`=` after the cohort name")
            skipNewlines()
            kind = .cohort(name, try expression())
        case .keyword(.assert):
            kind = try assertStatement()
        case .identifier("indicator") where peek(2).isSymbol("("):
            if case .text = peek(1).kind { kind = try indicatorStatement() } else { kind = .expression(try expression()) }
        case let .identifier(name) where peek(1).isSymbol(".") && peek(3).isSymbol("="):
            guard case let .identifier(field) = peek(2).kind else { throw failure("expected a field name after `.`") }
            advance(); advance(); advance(); advance()
            skipNewlines()
            kind = .setField(name, field, try expression())
        case let .identifier(name) where peek(1).isSymbol("="):
            advance(); advance()
            skipNewlines()
            kind = .assign(name, try expression())
        default:
            kind = .expression(try expression())
        }
        try expectEndOfStatement()
        let r = range(from: start)
        return Statement(kind: kind, range: r, text: sourceText(r))
    }

    /// load := 'load' expr [('sheet' ':' expr) | ('as' name)]…  (each at most once, in either order)
    mutating func loadStatement() throws(Failure) -> StatementKind {
        advance()
        guard current.kind != .newline, current.kind != .end else {
            throw failure("expected a file path after `load`", hint: "for example: load \"Datasets/people.csv\" as people")
        }
        let path = try additive()
        var alias: String?, sheet: Expr?
        while true {
            if alias == nil, match(.as) {
                alias = try expectIdentifier("a name after `as`").0
            } else if sheet == nil, case .identifier("sheet") = current.kind, peek(1).isSymbol(":") {
                advance(); advance()
                sheet = try additive()
            } else {
                break
            }
        }
        return .load(path, alias: alias, sheet: sheet)
    }

    /// assert := 'assert' expr [',' message]
    mutating func assertStatement() throws(Failure) -> StatementKind {
        advance()
        let condition = try expression()
        var message: Expr?
        if match(",") {
            skipNewlines()
            message = try additive()
        }
        return .assert(condition, message: message)
    }
}

extension Parser {
    /// True when `source` is an unfinished statement: open brackets, an unclosed
    /// text, or a last line ending with an operator or a clause keyword.
    public static func needsContinuation(_ source: String) -> Bool {
        let (tokens, diagnostics) = Lexer.tokenize(source)
        var depth = 0
        for t in tokens {
            if t.isSymbol("(") || t.isSymbol("[") { depth += 1 }
            if (t.isSymbol(")") || t.isSymbol("]")) && depth > 0 { depth -= 1 }
        }
        if depth > 0 { return true }
        if diagnostics.contains(where: { $0.message == "unterminated text" }) { return false }
        guard let last = tokens.last(where: { $0.kind != .newline && $0.kind != .end }) else { return false }
        // Only an operator at the very end of the entry continues it.
        if let lastLine = tokens.last(where: { $0.kind == .newline }), lastLine.range.start > last.range.start {
            return false
        }
        switch last.kind {
        case let .symbol(s): return ["+", "-", "*", "/", ",", "=", "==", "!=", "<", "<=", ">", ">=", ":", "."].contains(s)
        case let .keyword(k): return Keyword.expectingOperand.contains(k)
        default: return false
        }
    }
}

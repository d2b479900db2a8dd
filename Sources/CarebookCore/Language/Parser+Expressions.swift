extension Parser {
    /// expression := orExpr clause*
    mutating func expression() throws(Failure) -> Expr {
        try nest()
        defer { depth -= 1 }
        let start = current.range.start
        return try clauses(on: try orExpr(), from: start)
    }

    /// The clauses that follow an operand: `lac where … by …`.
    mutating func clauses(on operand: Expr, from start: SourceLocation) throws(Failure) -> Expr {
        var e = operand
        var levels = 0
        defer { depth -= levels }
        while case let .keyword(k) = current.kind, Keyword.clauses.contains(k) {
            try nest(); levels += 1
            advance()
            skipNewlines()
            let clause = try self.clause(k)
            e = Expr(.clause(e, clause), range(from: start))
        }
        return e
    }

    /// orExpr := andExpr ('or' andExpr)*
    mutating func orExpr() throws(Failure) -> Expr {
        try binaryChain(operators: [.keyword(.or): .or], next: { (p: inout Parser) throws(Failure) in try p.andExpr() })
    }

    /// andExpr := notExpr ('and' notExpr)*
    mutating func andExpr() throws(Failure) -> Expr {
        try binaryChain(operators: [.keyword(.and): .and], next: { (p: inout Parser) throws(Failure) in try p.notExpr() })
    }

    /// notExpr := 'not' notExpr | comparison
    mutating func notExpr() throws(Failure) -> Expr {
        let start = current.range.start
        if match(.not) {
            skipNewlines()
            try nest()
            defer { depth -= 1 }
            let operand = try notExpr()
            return Expr(.unary(.not, operand), range(from: start))
        }
        return try comparison()
    }

    /// comparison := additive ((compare | 'in') additive | 'within' additive 'of' additive)?
    mutating func comparison() throws(Failure) -> Expr {
        let start = current.range.start
        let left = try additive()
        if case let .symbol(s) = current.kind, let op = BinaryOperator(rawValue: s),
           [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) {
            advance(); skipNewlines()
            let right = try additive()
            return Expr(.binary(op, left, right), range(from: start))
        }
        if match(.in) {
            skipNewlines()
            let right = try additive()
            return Expr(.binary(.in, left, right), range(from: start))
        }
        if current.isSymbol("=") {
            throw failure("expected a comparison", hint: "use `==` to compare; `=` binds a name")
        }
        if match(.within) {
            skipNewlines()
            let tolerance = try additive()
            guard match(.of) else { throw failure("expected `of` in `x within tolerance of target`") }
            skipNewlines()
            let target = try additive()
            return Expr(.within(left, tolerance: tolerance, target: target), range(from: start))
        }
        return left
    }

    /// additive := multiplicative (('+' | '-' | 'minus') multiplicative)*
    mutating func additive() throws(Failure) -> Expr {
        try binaryChain(operators: [.symbol("+"): .add, .symbol("-"): .subtract, .keyword(.minus): .minus],
                        next: { (p: inout Parser) throws(Failure) in try p.multiplicative() })
    }

    /// multiplicative := unary (('*' | '/') unary)*
    mutating func multiplicative() throws(Failure) -> Expr {
        try binaryChain(operators: [.symbol("*"): .multiply, .symbol("/"): .divide],
                        next: { (p: inout Parser) throws(Failure) in try p.unary() })
    }

    /// unary := '-' unary | postfix
    mutating func unary() throws(Failure) -> Expr {
        let start = current.range.start
        if match("-") {
            try nest()
            defer { depth -= 1 }
            let operand = try unary()
            return Expr(.unary(.negate, operand), range(from: start))
        }
        return try postfix()
    }

    /// postfix := primary ('(' arguments ')' | '.' name)*
    mutating func postfix() throws(Failure) -> Expr {
        let start = current.range.start
        var e = try primary()
        var levels = 0
        defer { depth -= levels }
        while true {
            if current.isSymbol("."), case .identifier = peek(1).kind {
                try nest(); levels += 1
                advance()
                let (field, _) = try expectIdentifier("a field name after `.`")
                e = Expr(.field(e, field), range(from: start))
            } else if current.isSymbol("("), case let .name(callee) = e.kind,
                      previous.range.end == current.range.start {
                try nest(); levels += 1
                advance()
                let args = try arguments()
                e = Expr(.call(callee, args), range(from: start))
            } else {
                return e
            }
        }
    }

    /// arguments := (argument (',' argument)*)? ')'
    mutating func arguments() throws(Failure) -> [Argument] {
        var args: [Argument] = []
        if match(")") { return args }
        repeat {
            var label: String?
            if peek(1).isSymbol(":") {
                // Keywords read well as labels too: step_down(c, by: 2020-09-30), backtest(at: …).
                switch current.kind {
                case let .identifier(name): label = name
                case let .keyword(k): label = k.rawValue
                default: break
                }
                if label != nil { advance(); advance() }
            }
            args.append(Argument(label: label, value: try expression()))
        } while match(",")
        try expect(")", "`,` or `)` in the argument list")
        return args
    }

    /// Parses `next (op next)*` for a set of left-associative operators.
    mutating func binaryChain(operators: [Token.Kind: BinaryOperator],
                              next: (inout Parser) throws(Failure) -> Expr) throws(Failure) -> Expr {
        let start = current.range.start
        var left = try next(&self)
        var levels = 0
        defer { depth -= levels }
        while let op = operators[current.kind] {
            try nest(); levels += 1
            advance()
            skipNewlines()
            let right = try next(&self)
            left = Expr(.binary(op, left, right), range(from: start))
        }
        return left
    }
}

extension Token.Kind: Hashable {
    public func hash(into hasher: inout Hasher) {
        switch self {
        case let .symbol(s): hasher.combine(0); hasher.combine(s)
        case let .keyword(k): hasher.combine(1); hasher.combine(k)
        default: hasher.combine(2)
        }
    }
}

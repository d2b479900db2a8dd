extension Parser {
    /// Functions that may be called without brackets: `count lac where age >= 12`.
    static let commandStyle: Set<String> = ["count", "sum", "mean", "median", "min", "max", "list", "explain", "chart"]

    /// Units that turn a number literal into a duration: `26 weeks`.
    static let durationUnits: [String: @Sendable (Int) -> Duration] = [
        "day": { Duration(days: $0) }, "days": { Duration(days: $0) },
        "week": { .weeks($0) }, "weeks": { .weeks($0) },
        "month": { Duration(months: $0) }, "months": { Duration(months: $0) },
        "year": { .years($0) }, "years": { .years($0) },
    ]

    /// primary := literal | name | command-style call | '(' expression ')' | '[' list ']'
    mutating func primary() throws(Failure) -> Expr {
        let t = current
        switch t.kind {
        case let .number(x):
            advance()
            return numberOrDuration(x, t)
        case let .percent(x): advance(); return Expr(.literal(.percent(x)), t.range)
        case let .money(m): advance(); return Expr(.literal(.money(m)), t.range)
        case let .date(d): advance(); return Expr(.literal(.date(d)), t.range)
        case let .text(s): advance(); return Expr(.literal(.text(s)), t.range)
        case .keyword(.true): advance(); return Expr(.literal(.bool(true)), t.range)
        case .keyword(.false): advance(); return Expr(.literal(.bool(false)), t.range)
        case .keyword(.missing): advance(); return Expr(.literal(.missing), t.range)
        case let .identifier(name):
            advance()
            // `count(x)` is an ordinary call; `count x` and `count (x where …)` take the rest as the operand.
            let adjacentBracket = current.isSymbol("(") && previous.range.end == current.range.start
            if Self.commandStyle.contains(name), startsOperand(current), !adjacentBracket {
                // `count lac where age >= 12 == 5` counts the filtered table, then compares.
                let operandStart = current.range.start
                let argument = try clauses(on: try unary(), from: operandStart)
                return Expr(.call(name, [Argument(label: nil, value: argument)]), range(from: t.range.start))
            }
            return Expr(.name(name), t.range)
        case .symbol("("):
            advance()
            let inner = try expression()
            try expect(")", "`)` to close `(`")
            return Expr(inner.kind, range(from: t.range.start))
        case .symbol("["):
            advance()
            return try listLiteral(t.range.start)
        default:
            throw failure("expected a value", hint: hintForUnexpected(t))
        }
    }

    /// A number literal, or a duration when a unit follows (`26 weeks`).
    mutating func numberOrDuration(_ x: Double, _ t: Token) -> Expr {
        if case let .identifier(unit) = current.kind, let make = Self.durationUnits[unit],
           x == x.rounded(), abs(x) < 1e6 {
            advance()
            return Expr(.literal(.duration(make(Int(x)))), range(from: t.range.start))
        }
        return Expr(.literal(.number(x)), t.range)
    }

    /// True when a token can begin an operand of a command-style call.
    func startsOperand(_ t: Token) -> Bool {
        switch t.kind {
        case .identifier, .number, .percent, .money, .date, .text: true
        case .symbol("["), .symbol("("): true
        default: false
        }
    }

    mutating func listLiteral(_ start: SourceLocation) throws(Failure) -> Expr {
        var items: [Expr] = []
        if !match("]") {
            repeat {
                if current.isSymbol("]") { break }
                items.append(try expression())
            } while match(",")
            try expect("]", "`,` or `]` in the list")
        }
        return Expr(.list(items), range(from: start))
    }

    func hintForUnexpected(_ t: Token) -> String? {
        switch t.kind {
        case .newline, .end: "the statement ends too early"
        case .symbol("="): "use `==` to compare"
        case let .keyword(k) where Keyword.clauses.contains(k): "`\(k.rawValue)` follows a table, as in `lac \(k.rawValue) …`"
        default: nil
        }
    }
}

extension Parser {
    /// The clause after a clause keyword.
    mutating func clause(_ keyword: Keyword) throws(Failure) -> Clause {
        switch keyword {
        case .where: return .where(try orExpr())
        case .by:
            let columns = try columnList()
            var aggregates: [NamedExpr] = []
            if match(.with) { skipNewlines(); aggregates = try namedExpressions() }
            return .by(columns, aggregates: aggregates)
        case .sort: return .sort(try sortKeys())
        case .top: return .top(try additive())
        case .select: return .select(try columnList())
        case .with:
            if case .identifier = current.kind, !peek(1).isSymbol("=") { return .join(try postfix()) }
            return .with(try namedExpressions())
        default: return .at(try additive())
        }
    }

    /// A comma-separated list of column names; a comma continues only when a plain name follows.
    mutating func columnList() throws(Failure) -> [ColumnRef] {
        var refs: [ColumnRef] = []
        repeat {
            let (name, r) = try expectIdentifier("a column name")
            refs.append(ColumnRef(name: name, range: r))
        } while continuesList()
        return refs
    }

    /// Consumes a `,` that is followed by another column name (not a named argument).
    mutating func continuesList() -> Bool {
        guard current.isSymbol(","), case .identifier = peek(1).kind,
              !peek(2).isSymbol(":"), !peek(2).isSymbol("="), !peek(2).isSymbol("(") else { return false }
        advance()
        return true
    }

    mutating func sortKeys() throws(Failure) -> [(column: ColumnRef, descending: Bool)] {
        var keys: [(column: ColumnRef, descending: Bool)] = []
        repeat {
            let (name, r) = try expectIdentifier("a column name to sort by")
            var descending = false
            if match(.desc) { descending = true } else { _ = match(.asc) }
            keys.append((ColumnRef(name: name, range: r), descending))
        } while continuesList()
        return keys
    }

    /// `name = expr (, name = expr)*`
    mutating func namedExpressions() throws(Failure) -> [NamedExpr] {
        var items: [NamedExpr] = []
        repeat {
            let (name, r) = try expectIdentifier("a new column name, as in `with weekly = cost / 52`")
            try expect("=", "`=` after the new column's name")
            skipNewlines()
            items.append(NamedExpr(name: name, nameRange: r, value: try orExpr()))
        } while current.isSymbol(",") && { if case .identifier = peek(1).kind { peek(2).isSymbol("=") } else { false } }() && match(",")
        return items
    }
}

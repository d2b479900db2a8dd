extension Evaluator {
    func unary(_ op: UnaryOperator, _ v: Value, _ expr: Expr) throws -> Value {
        switch (op, v) {
        case (_, .missing): return .missing
        case let (.negate, .number(x)): return .number(-x)
        case let (.negate, .percent(x)): return .percent(-x)
        case let (.negate, .money(m)):
            guard let n = m.negated() else { throw Diagnostic("the result is too large", at: expr.range) }
            return .money(n)
        case let (.negate, .duration(d)): return .duration(-d)
        case let (.not, .bool(b)): return .bool(!b)
        case (.negate, _):
            throw Diagnostic("cannot negate \(v.kind.withArticle)", at: expr.range)
        case (.not, _):
            throw Diagnostic("`not` needs a yes/no value, not \(v.kind.withArticle)", at: expr.range)
        }
    }

    func binary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, _ expr: Expr, _ scope: Scope) throws -> Value {
        let a = try evaluate(left, in: scope).spelled
        // `and` / `or` short-circuit on yes/no values.
        if op == .and, case .bool(false) = a { return .bool(false) }
        if op == .or, case .bool(true) = a { return .bool(true) }
        let b = try evaluate(right, in: scope).spelled
        switch op {
        case .add:
            // Plans add up; a child in both is counted once and reported (MoneyPlanBuiltins).
            if case let .plan(x) = a, case let .plan(y) = b {
                let both = x.combined(with: y)
                do { try both.checkLimits() } catch { throw Diagnostic(error.message, at: expr.range) }
                return .plan(both)
            }
            return try arithmetic(Arithmetic.add(a, b), op, a, b, expr)
        case .subtract: return try arithmetic(Arithmetic.subtract(a, b), op, a, b, expr)
        case .multiply: return try arithmetic(Arithmetic.multiply(a, b), op, a, b, expr)
        case .divide: return try arithmetic(Arithmetic.divide(a, b), op, a, b, expr)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            return try comparison(op, a, b, expr)
        case .in:
            guard let items = CohortAlgebra.members(b) else {
                throw Diagnostic("`in` needs a list or a table on its right, not \(b.kind.withArticle)", at: right.range,
                                 hint: "for example: place in [\"K2\", \"R1\"], or child in looked_after()")
            }
            return .bool(items.contains { $0.isEqual(to: a) })
        case .and, .or, .minus:
            return try combine(op, a, b, expr, left, right)
        }
    }

    func arithmetic(_ r: Result<Value, Arithmetic.Failure>, _ op: BinaryOperator, _ a: Value, _ b: Value,
                    _ expr: Expr) throws -> Value {
        switch r {
        case let .success(v): return v
        case .failure(.divisionByZero): throw Diagnostic("division by zero", at: expr.range)
        case .failure(.overflow): throw Diagnostic("the result is too large", at: expr.range)
        case .failure(.dateOutOfRange):
            throw Diagnostic("the date would be outside 0001-01-01 to 9999-12-31", at: expr.range)
        case .failure(.fractionalDuration):
            throw Diagnostic("a duration can only be scaled to whole days or months", at: expr.range,
                             hint: "convert first, for example weeks(d) * 1.5")
        case .failure(.mismatch):
            throw Diagnostic("cannot \(op.verb) \(a.kind.withArticle) and \(b.kind.withArticle)", at: expr.range,
                             hint: Self.unitHint(op, a, b))
        }
    }

    static func unitHint(_ op: BinaryOperator, _ a: Value, _ b: Value) -> String? {
        switch (a.kind, b.kind) {
        case (.money, .number), (.number, .money): "money and numbers combine by * and /; write £ before an amount"
        case (.number, .percent), (.percent, .number): "a percent multiplies: 29 * 72%"
        case (.date, .number): "add a duration: date + 6 months"
        case (.date, .date) where op == .add: "subtract dates to get a duration"
        default: nil
        }
    }

    func comparison(_ op: BinaryOperator, _ a: Value, _ b: Value, _ expr: Expr) throws -> Value {
        if case .missing = a { return .bool(op == .notEqual ? !isMissing(b) : (op == .equal && isMissing(b))) }
        if case .missing = b { return .bool(op == .notEqual) }
        if op == .equal || op == .notEqual, case .list = a {
            return .bool(a.isEqual(to: b) == (op == .equal))
        }
        guard let c = Arithmetic.compare(a, b) else {
            throw Diagnostic("cannot compare \(a.kind.withArticle) with \(b.kind.withArticle)", at: expr.range,
                             hint: Self.comparisonHint(a.kind, b.kind))
        }
        return .bool(op.holds(ordering: c))
    }

    /// What to write instead when two kinds do not compare: quotes for text; for a number and a percent, the
    /// scorecard's percentages, which are numbers in points.
    static func comparisonHint(_ a: ValueKind, _ b: ValueKind) -> String? {
        if a == .text || b == .text { return "text is compared with text: put it in quotes" }
        if Set([a, b]) == [.number, .percent] {
            return "a number compares with a number, a percent with a percent; a scorecard's percentages are numbers in points: compare them with 50, not 50%"
        }
        return nil
    }

    func isMissing(_ v: Value) -> Bool {
        if case .missing = v { return true }
        return false
    }

    /// `and`, `or`, `minus`: logic on yes/no values, set operations on tables (by child).
    func combine(_ op: BinaryOperator, _ a: Value, _ b: Value, _ expr: Expr, _ left: Expr, _ right: Expr) throws -> Value {
        switch (op, a, b) {
        case let (.and, .bool(x), .bool(y)): return .bool(x && y)
        case let (.or, .bool(x), .bool(y)): return .bool(x || y)
        case (.and, .missing, _), (.and, _, .missing): return .bool(false)
        case let (.or, .missing, .bool(y)), let (.or, .bool(y), .missing): return .bool(y)
        case (.or, .missing, .missing): return .bool(false)
        case let (_, .table(x), .table(y)):
            return .table(try CohortAlgebra.combine(op, x, y, at: expr.range))
        case (.minus, _, _):
            throw Diagnostic("`minus` takes two tables or cohorts, not \(a.kind.withArticle) and \(b.kind.withArticle)",
                             at: expr.range, hint: "use `-` to subtract numbers")
        default:
            let bad = a.kind == .bool ? right : left
            let badKind = a.kind == .bool ? b.kind : a.kind
            throw Diagnostic("`\(op.rawValue)` needs yes/no values, not \(badKind.withArticle)", at: bad.range,
                             hint: "compare first, for example age >= 12 \(op.rawValue) …")
        }
    }
}

extension BinaryOperator {
    /// Whether this comparison holds for two sides whose ordering is `c` (-1, 0 or 1, as `Arithmetic.compare`).
    func holds(ordering c: Int) -> Bool {
        switch self {
        case .equal: c == 0
        case .notEqual: c != 0
        case .less: c < 0
        case .lessOrEqual: c <= 0
        case .greater: c > 0
        default: c >= 0
        }
    }
}

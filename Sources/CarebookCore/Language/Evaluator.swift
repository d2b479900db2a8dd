/// Evaluates expressions: an exhaustive switch over the AST.
///
/// Errors are thrown as `Diagnostic` values carrying the range of the text at
/// fault; `Interrupted` unwinds a long evaluation on Ctrl-C.
public struct Evaluator {
    public let environment: Environment
    /// What the names work on: care data, unit costs, the as-at date; warnings are collected here.
    public let workspace: Workspace
    public let builtins: BuiltinRegistry
    /// Cohort names being expanded (to report a definition that refers to itself).
    var expanding: Set<String> = []
    /// Names bound for one evaluation only, ahead of the session's (a defined indicator's `period_start`, `period_end`).
    var locals: [String: Value] = [:]

    public init(environment: Environment, workspace: Workspace, builtins: BuiltinRegistry) {
        self.environment = environment
        self.workspace = workspace
        self.builtins = builtins
    }

    public func evaluate(_ expr: Expr, in scope: Scope = .session) throws -> Value {
        switch expr.kind {
        case let .literal(v):
            return v
        case let .name(name):
            return try lookup(name, at: expr.range, in: scope)
        case let .list(items):
            return .list(try items.map { try evaluate($0, in: scope).spelled })
        case let .unary(op, operand):
            return try unary(op, try evaluate(operand, in: scope).spelled, expr)
        case let .binary(op, left, right):
            return try binary(op, left, right, expr, scope)
        case let .within(value, tolerance, target):
            return try within(value, tolerance, target, scope)
        case let .call(name, args):
            return try call(name, args, expr, scope)
        case let .field(base, field):
            return try self.field(try evaluate(base, in: scope), field, expr, base)
        case let .clause(base, clause):
            return try apply(clause, to: base, expr, scope)
        }
    }

    /// Resolves a name: a column of the current row, then a session binding.
    func lookup(_ name: String, at range: SourceRange, in scope: Scope) throws -> Value {
        switch scope {
        case let .row(table, row, index):
            if let c = index[name] { return table.columns[c][row] }
        case let .group(table, rows, index):
            if let c = index[name] {
                let values = rows.map { table.columns[c][$0] }
                if let first = values.first, values.allSatisfy({ $0.isEqual(to: first) }) { return first }
                throw Diagnostic("`\(name)` differs between the rows of a group", at: range,
                                 hint: "use an aggregate, such as sum(\(name)) or max(\(name))")
            }
        case .session:
            break
        }
        switch binding(name) {
        case let .value(v)?:
            return v
        case let .cohort(definition, _)?:
            return try expandCohort(name, definition, at: range)
        case nil:
            throw unknownName(name, at: range, in: scope)
        }
    }

    /// What a name is bound to: a local first, then the session's binding.
    func binding(_ name: String) -> Environment.Binding? {
        locals[name].map { .value($0) } ?? environment.lookup(name)
    }

    func expandCohort(_ name: String, _ definition: Expr, at range: SourceRange) throws -> Value {
        guard !expanding.contains(name) else {
            throw Diagnostic("cohort `\(name)` is defined in terms of itself", at: range)
        }
        var inner = self
        inner.expanding.insert(name)
        // A cohort's warnings point into its definition and were given when it was defined.
        let warned = workspace.warnings
        defer { workspace.warnings = warned }
        do {
            return try inner.evaluate(definition)
        } catch var d as Diagnostic {
            d.notes.append("while evaluating cohort `\(name)`")
            throw d
        }
    }

    func unknownName(_ name: String, at range: SourceRange, in scope: Scope) -> Diagnostic {
        var candidates = environment.names + locals.keys.sorted() + builtins.names
        var what = "name"
        switch scope {
        case let .row(table, _, _), let .group(table, _, _):
            candidates = table.columnNames + candidates
            what = "column or name"
        case .session: break
        }
        var d = Diagnostic.unknownName(name, what: what, at: range, candidates: candidates)
        if builtins[name] != nil { d.hint = "`\(name)` is a function: call it as \(name)(…)" }
        return d
    }

    func field(_ base: Value, _ name: String, _ expr: Expr, _ baseExpr: Expr) throws -> Value {
        switch base {
        case let .table(t):
            guard let c = t.columnIndex(named: name) else {
                throw Diagnostic.unknownName(name, what: "column", at: expr.range, candidates: t.columnNames)
            }
            return .list((0..<t.rowCount).map { t.columns[c][$0] })
        case .record, .chart, .plan, .projection, .backtest, .indicator:
            let r = base.fieldRecord!
            guard let v = r[name] else {
                throw Diagnostic.unknownName(name, what: "field", at: expr.range, candidates: r.fields.map(\.name))
            }
            return v
        case let .date(d):
            switch name {
            case "year": return .number(Double(d.year))
            case "month": return .number(Double(d.month))
            case "day": return .number(Double(d.components.day))
            default: throw Diagnostic.unknownName(name, what: "field of a date", at: expr.range, candidates: ["year", "month", "day"])
            }
        default:
            throw Diagnostic("\(base.kind.withArticle) has no fields", at: baseExpr.range,
                             hint: "fields belong to tables (columns) and records such as plans")
        }
    }

    func within(_ value: Expr, _ tolerance: Expr, _ target: Expr, _ scope: Scope) throws -> Value {
        let a = try evaluate(value, in: scope), t = try evaluate(tolerance, in: scope), b = try evaluate(target, in: scope)
        guard let check = Tolerance.check(a, within: t, of: b) else {
            throw Diagnostic("cannot check \(a.kind.withArticle) within \(t.kind.withArticle) of \(b.kind.withArticle)",
                             at: value.range.union(target.range),
                             hint: "use a number, money or percent tolerance: `x within 2% of 522`, `x within 3 of 62`")
        }
        return .bool(check)
    }
}

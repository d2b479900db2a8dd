import Foundation

/// Runs statements against one session's bindings (`environment`) and what they work on (`workspace`).
///
/// The shell, script runner and replay checker all go through `execute`, so a
/// statement behaves the same typed, piped or replayed.
public final class Interpreter {
    public let environment: Environment
    public let workspace: Workspace
    public private(set) var builtins: BuiltinRegistry
    /// Directory of the script being run, for resolving relative `load` paths that are not found from the working directory.
    public var scriptDirectory: String?
    /// Loaders tried in order by `load` (care data, then any CSV).
    public var loaders: [DataLoader]
    /// Scripts being run by `load "….cb"` (to refuse one that loads itself).
    var runningScripts: Set<String> = []

    public init(workspace: Workspace = Workspace(cache: .off), builtins: [Builtin] = CoreBuiltins.all,
                loaders: [DataLoader] = [CSVTableLoader()]) {
        environment = Environment()
        self.workspace = workspace
        self.builtins = BuiltinRegistry(builtins)
        self.loaders = loaders
    }

    public func register(_ builtin: Builtin) { builtins.register(builtin) }

    public var evaluator: Evaluator { Evaluator(environment: environment, workspace: workspace, builtins: builtins) }

    /// Warnings the last statement raised, beside its result: it still succeeded (or failed) as returned.
    public private(set) var warnings: [Diagnostic] = []

    /// Runs one statement; the session changes only when it succeeds. Any warnings are in `warnings` afterwards.
    public func execute(_ statement: Statement) -> Result<Output, StatementError> {
        Interruption.reset()
        workspace.warnings = []
        defer { warnings = workspace.warnings; workspace.warnings = [] }
        do {
            return .success(try run(statement))
        } catch let d as Diagnostic {
            return .failure(.diagnostic(d))
        } catch is Interrupted {
            return .failure(.interrupted)
        } catch {
            return .failure(.diagnostic(Diagnostic("\(error)", at: statement.range)))
        }
    }

    func run(_ statement: Statement) throws -> Output {
        let ev = evaluator
        switch statement.kind {
        case let .expression(e):
            return .value(try ev.evaluate(e))
        case let .assign(name, e):
            environment.bind(name, .value(try ev.evaluate(e)))
            return .none
        case let .setField(name, field, e):
            return try setField(name, field, try ev.evaluate(e), statement.range)
        case let .cohort(name, e):
            let value = try ev.evaluate(e)
            guard case let .table(t) = value else {
                throw Diagnostic("a cohort must be a table of children, but this gives \(value.kind.withArticle)", at: e.range,
                                 hint: "use `name = …` for other values")
            }
            environment.bind(name, .cohort(e, text: statement.text))
            return .sentence(Phrase([.words("cohort \(name): "), .count(t.rowCount, one: "row", many: "rows")]
                + (workspace.asat.map { [.words(" as at "), .date($0)] } ?? [])))
        case let .asat(e):
            let v = try ev.evaluate(e)
            guard case let .date(d) = v else {
                throw Diagnostic("`asat` needs a date, not \(v.kind.withArticle)", at: e.range, hint: "for example: asat 2017-06-30")
            }
            try workspace.checkWithinData(d, "the as-at date", at: e.range)
            workspace.asat = d
            return .message("as at \(d.iso)")
        case let .load(pathExpr, alias, sheet):
            return try load(pathExpr, alias: alias, sheet: sheet, ev)
        case let .assert(condition, message):
            try assertion(condition, message, ev)
            return .none
        case let .indicator(definition):
            return try defineIndicator(definition, statement, ev)
        }
    }

}

extension Interpreter {
    /// `name.field = value`: a record's field, or a unit cost when `name` is `costs`.
    func setField(_ name: String, _ field: String, _ value: Value, _ range: SourceRange) throws -> Output {
        if case let .value(.indicator(reading))? = environment.lookup(name) {
            environment.bind(name, .value(.record(reading.record)))    // a changed result is a plain record
        }
        switch environment.lookup(name) {
        case var .value(.record(r))?:
            if let i = r.fields.firstIndex(where: { $0.name == field }) { r.fields[i].value = value }
            else { r.fields.append((field, value)) }
            environment.bind(name, .value(.record(r)))
            return .none
        case let .value(.chart(c))?:
            switch c.setting(field, value) {
            case let .success(changed): environment.bind(name, .value(.chart(changed))); return .none
            case var .failure(d): d.range = range; throw d
            }
        case let .value(.plan(p))?:
            guard field == "description", case let .text(s) = value else {
                throw Diagnostic("only a plan's `description` can be set, to text", at: range)
            }
            var renamed = p
            renamed.description = s
            environment.bind(name, .value(.plan(renamed)))
            return .none
        case .some:
            throw Diagnostic("only records (such as a ledger), charts, plans and `costs` have fields that can be set", at: range)
        case nil where name == "costs":
            guard case let .money(weekly) = value else {
                throw Diagnostic("a unit cost is money, such as £880, not \(value.kind.withArticle)", at: range)
            }
            guard weekly.pence >= 0 else { throw Diagnostic("a weekly unit cost cannot be negative (\(weekly.formatted()))", at: range) }
            var costs = workspace.costs
            let (group, note): (String, String?)
            do {
                (group, note) = try costs.set(named: field.replacingOccurrences(of: "_", with: " "), weekly: weekly,
                                              mapping: workspace.care.mapping)
            } catch {
                var d = error
                d.range = range
                throw d
            }
            if costs.origin.isEmpty { costs.origin = "set in the session" }
            workspace.costs = costs
            return .message("unit cost: \(group) \(weekly.formatted()) a week" + (note.map { "; " + $0 } ?? ""))
        case nil:
            throw Diagnostic.unknownName(name, at: range, candidates: environment.names + ["costs"])
        }
    }
}

/// What a successful statement produced.
public enum Output: Sendable {
    /// Nothing to show (an assignment, a passed assert).
    case none
    case value(Value)
    /// A sentence about what happened ("as at 2017-06-30").
    case message(String)
    /// A sentence with typed figures (`cohort ooa: 2 rows as at 2019-03-31`), suppressed part by part when published.
    case sentence(Phrase)
    /// What a `load` loaded (worded by CarebookRender: "loaded people.csv as people: …").
    case loaded(LoadSummary)
    /// What `load "definitions.cb"` ran, and what its own loads loaded (worded by CarebookRender: "ran …").
    case ran(ScriptRun)
}

/// Why a statement failed.
public enum StatementError: Error, Sendable {
    case diagnostic(Diagnostic)
    case interrupted
}

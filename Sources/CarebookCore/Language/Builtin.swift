/// A built-in function: its help text lives next to its implementation.
public struct Builtin: Sendable {
    public var name: String
    /// One line for `:help`.
    public var summary: String
    /// How to call it: `round(x, digits)`.
    public var usage: String
    /// A worked example shown by `:help name`.
    public var example: String
    /// True for aggregates (`sum`, `mean`, …), which see a group's rows inside `by … with`.
    public var isAggregate: Bool
    public var body: @Sendable (inout CallArguments) throws -> Value

    public init(_ name: String, summary: String, usage: String, example: String, isAggregate: Bool = false,
                body: @escaping @Sendable (inout CallArguments) throws -> Value) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.example = example
        self.isAggregate = isAggregate
        self.body = body
    }
}

/// The functions the language knows, by name.
public struct BuiltinRegistry: Sendable {
    private var table: [String: Builtin] = [:]

    public init(_ builtins: [Builtin] = []) {
        for b in builtins { register(b) }
    }

    public mutating func register(_ b: Builtin) { table[b.name] = b }

    public subscript(name: String) -> Builtin? { table[name] }

    public var names: [String] { table.keys.sorted() }

    public var all: [Builtin] { names.compactMap { table[$0] } }
}

/// The evaluated arguments of a call, with helpers that produce good errors.
public struct CallArguments {
    public let name: String
    public var positional: [(value: Value, range: SourceRange)]
    public var named: [String: (value: Value, range: SourceRange)]
    /// The whole call's range, for errors about the call itself.
    public let range: SourceRange
    public let evaluator: Evaluator
    let usage: String
    /// Labels the function asked for, to report labels it does not take.
    let consulted = LabelLog()
    /// The positional arguments' expressions, for functions that care how a value was named (`explain ooa`).
    var expressions: [Expr] = []

    /// The bound name a positional argument was written as, if it was a plain name.
    public func nameArgument(_ i: Int) -> String? {
        guard i < expressions.count, case let .name(n) = expressions[i].kind else { return nil }
        return n
    }

    init(name: String, positional: [(value: Value, range: SourceRange)], named: [String: (value: Value, range: SourceRange)],
         range: SourceRange, evaluator: Evaluator, usage: String) {
        self.name = name
        self.positional = positional
        self.named = named
        self.range = range
        self.evaluator = evaluator
        self.usage = usage
    }

    /// The session's bindings (a cohort's definition, a name's value).
    public var environment: Environment { evaluator.environment }
    /// The care data, unit costs and as-at date the function works on.
    public var workspace: Workspace { evaluator.workspace }

    /// The `i`th positional argument, or the named one, or an error saying it is missing.
    public func value(_ i: Int, _ label: String? = nil) throws -> (value: Value, range: SourceRange) {
        if let label { consulted.labels.insert(label) }
        if let label, let v = named[label] { return v }
        if i < positional.count { return positional[i] }
        throw Diagnostic("`\(name)` needs \(label.map { "`\($0):`" } ?? "argument \(i + 1)")", at: range,
                         hint: "usage: \(usage)")
    }

    /// An optional argument, positional or named.
    public func optional(_ i: Int, _ label: String) -> (value: Value, range: SourceRange)? {
        consulted.labels.insert(label)
        return named[label] ?? (i < positional.count ? positional[i] : nil)
    }

    public func table(_ i: Int, _ label: String? = nil) throws -> Table {
        let (v, r) = try value(i, label)
        guard case let .table(t) = v else { throw wrongKind(v, r, "a table or cohort") }
        return t
    }

    public func number(_ i: Int, _ label: String? = nil) throws -> Double {
        let (v, r) = try value(i, label)
        guard case let .number(x) = v else { throw wrongKind(v, r, "a number") }
        return x
    }

    public func date(_ i: Int, _ label: String? = nil) throws -> Day {
        let (v, r) = try value(i, label)
        guard case let .date(d) = v else { throw wrongKind(v, r, "a date (like 2017-06-30)") }
        return d
    }

    public func text(_ i: Int, _ label: String? = nil) throws -> String {
        let (v, r) = try value(i, label)
        guard case let .text(s) = v else { throw wrongKind(v, r, "text in quotes") }
        return s
    }

    public func wrongKind(_ v: Value, _ r: SourceRange, _ expected: String) -> Diagnostic {
        Diagnostic("`\(name)` expects \(expected) here, not \(v.kind.withArticle)", at: r, hint: "usage: \(usage)")
    }

    /// Fails on a named argument the function never asked for (a misspelt label).
    func checkLabels() throws {
        for (label, arg) in named.sorted(by: { $0.key < $1.key }) where !consulted.labels.contains(label) {
            var d = Diagnostic.unknownName(label, what: "argument", at: arg.range, candidates: Array(consulted.labels))
            d.message = "`\(name)` has no argument `\(label):`"
            if d.hint == nil { d.hint = "usage: \(usage)" }
            throw d
        }
    }
}

/// The labels a function consulted while it ran.
final class LabelLog {
    var labels: Set<String> = []
}

/// The session's bindings: named values and cohort definitions, nothing else.
///
/// What the names work on (care data, reference data, unit costs, the files read, the as-at date)
/// is in the `Workspace`. A class because the session has one identity that every statement changes.
public final class Environment {
    /// What a name is bound to.
    public enum Binding: Sendable {
        case value(Value)
        /// A definition, re-evaluated at the as-at date in force each time it is used.
        case cohort(Expr, text: String)
    }

    public private(set) var bindings: [String: Binding] = [:]
    /// Names in the order they were first bound (for `:vars`).
    public private(set) var order: [String] = []

    public init() {}

    public func bind(_ name: String, _ binding: Binding) {
        if bindings[name] == nil { order.append(name) }
        bindings[name] = binding
    }

    public func lookup(_ name: String) -> Binding? { bindings[name] }

    /// Every binding and their order, to put back with `restore` (a statement that fails part-way changes nothing).
    var saved: (bindings: [String: Binding], order: [String]) { (bindings, order) }

    func restore(_ saved: (bindings: [String: Binding], order: [String])) {
        bindings = saved.bindings
        order = saved.order
    }

    public var names: [String] { order }
}

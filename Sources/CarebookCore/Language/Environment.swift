/// The session's state: named values, cohort definitions, the as-at date and settings.
///
/// A class because the session has one identity that every statement changes.
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
    /// The reporting date set by `asat`; nil means the last date in the data.
    public var asat: Day?
    /// Weeks in a year for annual money figures (52, or 52.14 if the LA uses it).
    public var weeksPerYear: Double = 52
    /// Looked-after-children data and its reference tables.
    public var care = CareState()
    /// Data files loaded in this session, in load order, for script headers and `check`.
    public private(set) var sources: [DataSource] = []
    /// Warnings raised by the statement being run (a comparison with a value no row has, …);
    /// the interpreter hands them back beside the result and clears them for the next statement.
    public internal(set) var warnings: [Diagnostic] = []

    public init() {}

    /// Adds a warning for the statement being run (once, however often the same text is reached).
    public func warn(_ warning: Diagnostic) {
        var w = warning
        w.severity = .warning
        if !warnings.contains(w) { warnings.append(w) }
    }

    public func bind(_ name: String, _ binding: Binding) {
        if bindings[name] == nil { order.append(name) }
        bindings[name] = binding
    }

    public func lookup(_ name: String) -> Binding? { bindings[name] }

    public var names: [String] { order }

    /// Records a loaded file (replacing an earlier load of the same path).
    public func addSource(_ source: DataSource) {
        sources.removeAll { $0.path == source.path }
        sources.append(source)
    }
}

/// A data file the session read, with its fingerprint.
public struct DataSource: Sendable, Equatable {
    /// The path as written in the `load` statement.
    public var path: String
    public var bytes: Int
    private var known: String
    /// The fingerprint still being computed on another core after a load, if it is not known yet.
    private var pending: BackgroundDigest?

    /// Lower-case hex SHA-256 of the file's bytes (waits for it when it is still being computed).
    public var sha256: String { pending?.hex ?? known }

    public init(path: String, sha256: String, bytes: Int) {
        self.path = path
        self.known = sha256
        self.bytes = bytes
    }

    /// A source whose SHA-256 is being computed in the background: a load need not wait for it.
    init(path: String, digest: BackgroundDigest, bytes: Int) {
        self.init(path: path, sha256: "", bytes: bytes)
        pending = digest
    }

    public static func == (a: DataSource, b: DataSource) -> Bool {
        a.path == b.path && a.bytes == b.bytes && a.sha256 == b.sha256
    }
}

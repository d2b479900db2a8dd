/// A file read by `load`, before any loader has interpreted it.
public struct LoadedFile: Sendable {
    /// The path as written in the statement.
    public var path: String
    /// The path that was opened.
    public var resolvedPath: String
    /// The name the data will be bound to (the `as` name, or one made from the file name).
    public var name: String
    /// What identifies this version of the file in the load cache; nil when it is not cached.
    public var cacheKey: String?
    /// The worksheet read, when the file is an Excel workbook.
    public var sheet: String?
}

/// Interprets a loaded CSV file: returns what it loaded when it handled it, nil to let the next loader try.
public protocol DataLoader: Sendable {
    func load(_ file: LoadedFile, csv: CSVLoad, into context: LoadContext, at range: SourceRange) throws -> LoadSummary?
}

/// What a loader may touch: the workspace (care data, reference data, unit costs), and the name
/// its file is bound to; not the interpreter, its other names or its settings.
public struct LoadContext {
    public let workspace: Workspace
    private let environment: Environment

    init(workspace: Workspace, environment: Environment) {
        self.workspace = workspace
        self.environment = environment
    }

    /// Binds the file's table to its name (the `as` name, or one made from the file name).
    public func bind(_ file: LoadedFile, _ table: Table) {
        environment.bind(file.name, .value(.table(table)))
    }
}

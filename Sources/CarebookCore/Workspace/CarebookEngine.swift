/// Assembles an interpreter with every built-in function and data loader, over a new workspace.
public enum CarebookEngine {
    /// All built-in functions, in one list (the registry `:help` is generated from).
    public static var builtins: [Builtin] {
        CoreBuiltins.all + CalendarBuiltins.all + CareBuiltins.all + NeedBuiltins.all + MoneyBuiltins.all + ChartBuiltins.all
    }

    /// Loaders tried in order by `load`.
    public static var loaders: [DataLoader] {
        [CareLoader(), CINLoader(), CSVTableLoader()]
    }

    /// An interpreter with every built-in and loader, over a workspace whose large loads are kept in `cache`
    /// between sessions.
    public static func makeInterpreter(cache: LoadCache = .fromEnvironment()) -> Interpreter {
        Interpreter(workspace: Workspace(cache: cache), builtins: builtins, loaders: loaders)
    }
}

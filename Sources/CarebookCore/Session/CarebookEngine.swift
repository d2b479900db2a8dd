/// Assembles an interpreter with every built-in function and data loader.
public enum CarebookEngine {
    /// All built-in functions, in one list (the registry `:help` is generated from).
    public static var builtins: [Builtin] {
        CoreBuiltins.all + CareBuiltins.all + MoneyBuiltins.all + ChartBuiltins.all
    }

    /// Loaders tried in order by `load`.
    public static var loaders: [DataLoader] {
        [CareLoader(), CSVTableLoader()]
    }

    public static func makeInterpreter() -> Interpreter {
        Interpreter(builtins: builtins, loaders: loaders)
    }
}

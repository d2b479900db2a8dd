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

    /// An interpreter with every built-in and loader; `cache` is where large loads are kept between sessions.
    public static func makeInterpreter(cache: LoadCache = .fromEnvironment()) -> Interpreter {
        let interpreter = Interpreter(builtins: builtins, loaders: loaders)
        interpreter.environment.care.cache = cache
        return interpreter
    }
}

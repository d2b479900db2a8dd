/// The words the shell knows, asked for at the moment Tab is pressed.
///
/// The REPL supplies closures so completion always sees the current session:
/// the commands registered, the names bound so far, a table's columns.
public struct CompletionVocabulary {
    /// Session commands, with their colon (`:help`, `:save`).
    public var commands: () -> [String]
    /// Language keywords (`where`, `by`, `cohort`, `asat`, `load` …).
    public var keywords: [String]
    /// Built-in function names.
    public var functions: () -> [String]
    /// Names bound in the session.
    public var names: () -> [String]
    /// The columns of the table or cohort bound to a name; empty if it is not one.
    public var columns: (String) -> [String]

    public init(commands: @escaping () -> [String] = { [] },
                keywords: [String] = [],
                functions: @escaping () -> [String] = { [] },
                names: @escaping () -> [String] = { [] },
                columns: @escaping (String) -> [String] = { _ in [] }) {
        self.commands = commands
        self.keywords = keywords
        self.functions = functions
        self.names = names
        self.columns = columns
    }
}

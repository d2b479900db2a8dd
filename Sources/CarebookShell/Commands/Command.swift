/// A `:command` that controls the session; its help lives next to its code.
public struct Command: Sendable {
    public var name: String
    /// One line for `:help`.
    public var summary: String
    /// `:mode table|csv|markdown`
    public var usage: String
    public var example: String
    /// Words completed after the command (`table`, `csv`, …).
    public var arguments: [String]
    /// True when replaying a script should repeat it (it changes how results look).
    public var logged: Bool
    public var run: @Sendable (ShellSession, [String]) -> CommandResult

    public init(_ name: String, summary: String, usage: String, example: String, arguments: [String] = [],
                logged: Bool = false, run: @escaping @Sendable (ShellSession, [String]) -> CommandResult) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.example = example
        self.arguments = arguments
        self.logged = logged
        self.run = run
    }
}

/// What a command printed, and whether it worked.
public struct CommandResult: Sendable {
    public var text: String
    public var succeeded: Bool
    public var logged = false

    public static func ok(_ text: String = "") -> CommandResult { CommandResult(text: text, succeeded: true) }
    public static func failed(_ text: String) -> CommandResult { CommandResult(text: "error: " + text, succeeded: false) }
}

/// The `:commands`, by name, with prefix matching and suggestions.
public struct CommandRegistry: Sendable {
    public private(set) var commands: [Command]

    public init(_ commands: [Command]) {
        self.commands = commands.sorted { $0.name < $1.name }
    }

    public var names: [String] { commands.map { ":" + $0.name } }

    /// The command a typed word means: an exact name, or a unique prefix.
    public func resolve(_ word: String) -> Result<Command, LookupFailure> {
        if let c = commands.first(where: { $0.name == word }) { return .success(c) }
        let prefixed = commands.filter { $0.name.hasPrefix(word) }
        if prefixed.count == 1, !word.isEmpty { return .success(prefixed[0]) }
        if prefixed.count > 1 {
            return .failure(LookupFailure(message: "`:\(word)` is ambiguous: " + prefixed.map { ":" + $0.name }.joined(separator: ", ")))
        }
        let hint = Suggest.nearest(to: word, in: commands.map(\.name)).map { "; did you mean `:\($0)`?" } ?? "; type :help for the list"
        return .failure(LookupFailure(message: "no command `:\(word)`" + hint))
    }

    /// Runs a command line such as `:mode csv`.
    public func run(_ line: String, session: ShellSession) -> CommandResult {
        var words = line.dropFirst().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return .failed("type a command after `:`, for example :help") }
        let name = words.removeFirst()
        switch resolve(name) {
        case let .success(command):
            var result = command.run(session, words)
            result.logged = command.logged && result.succeeded
            return result
        case let .failure(f):
            return .failed(f.message)
        }
    }
}

/// Why a typed command name matched no command (or several).
public struct LookupFailure: Error, Sendable {
    public var message: String
}

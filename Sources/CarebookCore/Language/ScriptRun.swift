/// What `load "definitions.cb"` did: the script run, how many statements it had, the indicators it defined,
/// and what each of its own loads loaded (so a report's Data section lists those files too).
public struct ScriptRun: Sendable {
    /// The script as the statement named it.
    public var path: String
    public var statements: Int
    /// The ids of the indicators it defined, in the catalogue's order.
    public var indicators: [String]
    /// The load summaries of the loads it made, in order.
    public var loaded: [LoadSummary]

    public init(path: String, statements: Int, indicators: [String], loaded: [LoadSummary]) {
        (self.path, self.statements, self.indicators, self.loaded) = (path, statements, indicators, loaded)
    }
}

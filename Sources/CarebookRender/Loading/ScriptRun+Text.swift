import CarebookCore

extension ScriptRun {
    /// `ran local-indicators.cb: 26 statements; indicators 6.11, 6.12`.
    public var text: String {
        "ran \(path): \(NumberText.counted(statements, "statement"))"
            + (indicators.isEmpty ? "" : "; indicators " + indicators.joined(separator: ", "))
    }
}

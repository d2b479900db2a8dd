/// A source of input lines for the shell: a line editor or a plain stream.
///
/// `EditLineReader` serves a person at a terminal; `PlainLineReader` serves
/// pipes, scripts and tests. The REPL only talks to this protocol.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` first when the reader is interactive.
    func readLine(prompt: String) -> ReadResult
    /// Records a completed entry (possibly several lines) in the history.
    func addHistory(_ entry: String)
    /// Whether a person is typing (prompts, line editing, history).
    var isInteractive: Bool { get }
}

/// What one attempt to read a line produced.
public enum ReadResult: Sendable, Equatable {
    /// A complete line, without its line terminator.
    case line(String)
    /// The user pressed Ctrl-C at the prompt; the partial line was discarded.
    case interrupted
    /// End of input: Ctrl-D on an empty line, or end of file.
    case endOfInput
}

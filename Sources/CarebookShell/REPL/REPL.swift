/// The read–evaluate–print loop over any `LineReader`.
///
/// Interactive (libedit) or plain (pipes): an entry continues while brackets are
/// open or a line ends with an operator, then runs as one statement and one
/// history entry, through the same `runScript` as a script file. Plain input (lines typed at a
/// terminal whose output is not one, and tests) stops at the first error unless `keepGoing` is set;
/// piped input does not come here: it runs as a script (`ScriptRunner`).
public final class REPL {
    public let session: ShellSession
    let reader: LineReader
    let out: OutputSink
    public var keepGoing = false
    public static let prompt = "> "
    public static let continuationPrompt = "… "
    /// Lines read so far (so errors in piped input name their real line).
    private var linesRead = 0
    public private(set) var failures = 0

    public init(session: ShellSession, reader: LineReader, out: OutputSink) {
        self.session = session
        self.reader = reader
        self.out = out
    }

    /// Runs until end of input or `:quit`; returns the number of failed statements.
    @discardableResult
    public func run() -> Int {
        var buffer: [String] = []
        var startLine = 1
        while !session.quitRequested {
            if buffer.isEmpty, let shown = session.tutorial?.presentation() { out.write(shown + "\n") }
            let prompt = buffer.isEmpty ? Self.prompt : Self.continuationPrompt
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                if !buffer.isEmpty { _ = submit(buffer, startLine: startLine) }
                if reader.isInteractive { out.write("\n") }
                return failures
            case .interrupted:
                buffer = []
                Interruption.reset()
            case let .line(line):
                linesRead += 1
                if buffer.isEmpty, line.allSatisfy(\.isWhitespace), let step = session.tutorial?.current {
                    // Enter in a tutorial types the step's statement for the learner.
                    out.write(Self.prompt + step.statement.replacingOccurrences(of: "\n", with: "\n" + Self.continuationPrompt) + "\n")
                    _ = submit(step.statement.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                               startLine: linesRead, typedForLearner: true)
                    continue
                }
                if buffer.isEmpty { startLine = linesRead }
                buffer.append(line)
                if isUnfinished(buffer) { continue }
                let stop = submit(buffer, startLine: startLine)
                buffer = []
                if stop { return failures }
            }
        }
        return failures
    }

    func isCommand(_ text: String) -> Bool {
        text.drop(while: { $0 == " " }).hasPrefix(":")
    }

    func isUnfinished(_ buffer: [String]) -> Bool {
        if buffer.count == 1, buffer[0].drop(while: { $0 == " " }).hasPrefix(":") { return false }
        return Parser.needsContinuation(buffer.joined(separator: "\n"))
    }

    /// Runs one entry; true when the loop should stop (an error in plain input without keepGoing).
    func submit(_ lines: [String], startLine: Int, typedForLearner: Bool = false) -> Bool {
        let text = lines.joined(separator: "\n")
        guard !text.allSatisfy({ $0.isWhitespace }) else { return false }
        if reader.isInteractive {
            reader.addHistory(text)
        }
        session.history.append(text)
        // Leading blank lines keep line numbers true to the input in messages.
        let padded = reader.isInteractive ? text : String(repeating: "\n", count: startLine - 1) + text
        let document = ScriptDocument(text: padded)
        let file: String? = reader.isInteractive ? nil : ScriptRunner.standardInputName
        let judged = session.tutorial != nil && !isCommand(text)
        let policy = ScriptPolicy(syntaxErrorsFirst: false, stopAtFailure: !reader.isInteractive && !keepGoing)
        let failed = session.runScript(document, file: file, policy: policy) { _, outcome in
            session.show(outcome, out: out)
            if judged, let tutorial = session.tutorial {
                out.write(tutorial.verdict(typed: text, outcome: outcome, typedForLearner: typedForLearner) + "\n")
                if tutorial.isFinished { session.tutorial = nil }
            }
        }
        failures += failed
        if session.quitRequested || (failed > 0 && !reader.isInteractive && !keepGoing) { return true }
        if let error = session.journal?.error, reader.isInteractive {
            out.writeError("warning: the session journal could not be written: \(error.message)\n")
            session.journal = nil
        }
        return false
    }
}

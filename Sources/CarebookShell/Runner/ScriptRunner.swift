import Foundation

/// Runs a script (a file, or piped input) and prints each result.
public struct ScriptRunner {
    public let session: ShellSession
    public let out: OutputSink
    /// Continue past errors and failed asserts, reporting each.
    public var keepGoing = false

    /// The name piped input is reported under (`--> <stdin>:4:3`).
    public static let standardInputName = "<stdin>"

    public init(session: ShellSession, out: OutputSink, keepGoing: Bool = false) {
        self.session = session
        self.out = out
        self.keepGoing = keepGoing
    }

    /// Runs every item; returns the number that failed (stopping at the first unless `keepGoing`).
    /// Every syntax error is reported before anything runs, unless `keepGoing`.
    @discardableResult
    public func run(_ document: ScriptDocument, file: String?) -> Int {
        if let file, file != Self.standardInputName {
            session.interpreter.scriptDirectory = (file as NSString).deletingLastPathComponent
        }
        return session.runScript(document, file: file, policy: .script(keepGoing: keepGoing)) { _, outcome in
            session.show(outcome, out: out)
        }
    }

    /// Reads a script file, or reports why it cannot.
    public static func read(_ path: String) -> Result<ScriptDocument, Diagnostic> {
        switch RegularFile.read(path: path) {
        case let .success(bytes): document(bytes, name: path)
        case let .failure(f): .failure(Diagnostic(RegularFile.message(f, path: path, kind: "a script")))
        }
    }

    /// Reads piped input to its end as one script, exactly as a file with the same bytes is read.
    public static func readStandardInput() -> Result<ScriptDocument, Diagnostic> {
        document([UInt8](FileHandle.standardInput.readDataToEndOfFile()), name: standardInputName)
    }

    static func document(_ bytes: [UInt8], name: String) -> Result<ScriptDocument, Diagnostic> {
        guard let text = String(data: Data(bytes), encoding: .utf8) else {
            return .failure(Diagnostic("\(name) is not UTF-8 text"))
        }
        return .success(ScriptDocument(text: text.replacingOccurrences(of: "\r\n", with: "\n")))
    }
}

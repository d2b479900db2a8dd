import Foundation

/// Runs a script (a file, or piped input) and prints each result.
public struct ScriptRunner {
    public let session: ShellSession
    public let out: OutputSink
    /// Continue past errors and failed asserts, reporting each.
    public var keepGoing = false

    public init(session: ShellSession, out: OutputSink, keepGoing: Bool = false) {
        self.session = session
        self.out = out
        self.keepGoing = keepGoing
    }

    /// Runs every item; returns the number that failed (stopping at the first unless `keepGoing`).
    @discardableResult
    public func run(_ document: ScriptDocument, file: String?) -> Int {
        if let file { session.interpreter.scriptDirectory = (file as NSString).deletingLastPathComponent }
        // Like a compiler, report every syntax error before running anything.
        let unreadable = document.items.filter { if case .entry(.failed) = $0.kind { true } else { false } }
        if !unreadable.isEmpty && !keepGoing {
            for item in unreadable { out.writeError(session.run(item, in: document, file: file).display + "\n") }
            return unreadable.count
        }
        var failures = 0
        for item in document.items {
            let outcome = session.perform(item, in: document, file: file, out: out)
            if !outcome.succeeded {
                failures += 1
                if !keepGoing || outcome.interrupted { break }
            }
            if session.quitRequested { break }
        }
        return failures
    }

    /// Reads a script file, or reports why it cannot.
    public static func read(_ path: String) -> Result<ScriptDocument, Diagnostic> {
        let data: Data
        switch RegularFile.read(path: path) {
        case let .success(bytes): data = Data(bytes)
        case let .failure(f): return .failure(Diagnostic(RegularFile.message(f, path: path, kind: "a script")))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(Diagnostic("\(path) is not UTF-8 text"))
        }
        return .success(ScriptDocument(text: text.replacingOccurrences(of: "\r\n", with: "\n")))
    }
}

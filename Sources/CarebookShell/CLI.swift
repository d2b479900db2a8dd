import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the `carebook` executable does for each of its forms; `main.swift` only parses arguments.
public enum CarebookCLI {
    /// `carebook [FILE]`: run a script, run piped input as a script, or start the interactive shell.
    public static func shell(file: String?, keepGoing: Bool, recover: Bool, noData: Bool) -> Int32 {
        _ = UTF8Locale.ensureCType()
        let out = StandardOutput()
        let session = ShellSession()
        // `--recover [JOURNAL]`: FILE is the journal to replay, not a script to run.
        let journal = recover ? recoveryJournal(file, out: out) : nil
        if recover && journal == nil { return 1 }
        if let file, !recover {
            return script(ScriptRunner.read(file), name: file, session, out, keepGoing: keepGoing)
        }
        if let journal, !Terminal.isInteractive { replayJournal(journal, session, out) }
        if !Terminal.isTerminal(STDIN_FILENO) {
            // Piped input is a script: read whole, every syntax error reported before anything runs.
            return script(ScriptRunner.readStandardInput(), name: ScriptRunner.standardInputName, session, out,
                          keepGoing: keepGoing)
        }
        guard Terminal.isInteractive else {
            // Typed at a terminal, output to a file or pipe: the plain reader, entry by entry.
            let repl = REPL(session: session, reader: PlainLineReader(), out: out)
            repl.keepGoing = keepGoing
            return repl.run() == 0 ? 0 : 1
        }
        return interactive(session, out: out, recover: journal, noData: noData)
    }

    /// Runs a script file or piped input; exit status 0, 1 when an item failed, 2 when it could not be read.
    static func script(_ read: Result<ScriptDocument, Diagnostic>, name: String, _ session: ShellSession,
                       _ out: OutputSink, keepGoing: Bool) -> Int32 {
        switch read {
        case let .success(document):
            let failures = ScriptRunner(session: session, out: out, keepGoing: keepGoing).run(document, file: name)
            // The process ends now: its memory goes back whole, faster than freeing a large data set piece by piece.
            _ = Unmanaged.passRetained(session)
            return failures == 0 ? 0 : 1
        case let .failure(d):
            out.writeError(DiagnosticRenderer.render(d, source: nil) + "\n")
            return 2
        }
    }

    static func interactive(_ session: ShellSession, out: OutputSink, recover: String?, noData: Bool) -> Int32 {
        SignalHandling.install()
        TerminalResize.install()
        session.settings.color = Terminal.colorAllowed
        if let size = Terminal.size() {
            session.settings.terminalWidth = size.columns
            session.settings.terminalRows = size.rows
        }
        session.journal = Journal.start()
        guard let reader = EditLineReader(history: HistoryStore.standard()) else {
            out.writeError("warning: line editing is not available; reading plain lines\n")
            return REPL(session: session, reader: PlainLineReader(), out: out).run() == 0 ? 0 : 1
        }
        reader.completion = Completer(vocabulary: vocabulary(session))
        defer { reader.close() }
        let greeting = "carebook \(CarebookVersion.current): children's social care in numbers.  :help for help, :quit to leave"
        out.write(TextLayout.lines(greeting, width: session.settings.terminalWidth).joined(separator: "\n") + "\n")
        if let recover {
            replayJournal(recover, session, out)
        } else if !noData {
            StartupData.load(into: session, out: out)
        }
        REPL(session: session, reader: reader, out: out).run()
        session.journal?.finish()
        return 0
    }

    /// The words Tab completes, read from the live session.
    static func vocabulary(_ session: ShellSession) -> CompletionVocabulary {
        CompletionVocabulary(
            commands: { session.commands.names },
            keywords: Keyword.allCases.map(\.rawValue),
            functions: { session.interpreter.builtins.names },
            names: { session.interpreter.environment.names },
            columns: { name in columns(of: name, in: session) })
    }

    /// The columns of a bound table or cohort, or of what a function such as `looked_after` returns.
    static func columns(of name: String, in session: ShellSession) -> [String] {
        let origin = SourceRange(SourceLocation(line: 1, column: 1), SourceLocation(line: 1, column: 1))
        let expr: Expr
        switch session.interpreter.environment.lookup(name) {
        case let .value(.table(t))?: return t.columnNames
        case .cohort?: expr = Expr(.name(name), origin)
        case .value?: return []
        case nil:
            guard session.interpreter.builtins[name] != nil else { return [] }
            expr = Expr(.call(name, []), origin)
        }
        if case let .table(t)? = try? session.interpreter.evaluator.evaluate(expr) { return t.columnNames }
        return []
    }

    /// `carebook check [--update] FILE…`: replay scripts and compare with their recorded results.
    public static func check(files: [String], update: Bool) -> Int32 {
        _ = UTF8Locale.ensureCType()
        let out = StandardOutput()
        var status: Int32 = 0
        for file in files {
            switch ScriptRunner.read(file) {
            case let .failure(d):
                out.writeError(DiagnosticRenderer.render(d, source: nil) + "\n")
                status = 2
            case let .success(document):
                // One pass: recorded errors quote their statement's own lines, not the file's line numbers,
                // so recordings that change length do not change the recordings below them.
                let report = ReplayChecker().check(document, file: file)
                let changes = report.differences.count
                if update, !report.missingData.isEmpty {
                    // Recordings made without the data would only record its absence.
                    out.writeError(ReplayChecker.describe(report) + "\n\(file): not updated: a data file is missing\n")
                    status = max(status, 1)
                } else if update {
                    do {
                        try PrivateFile.writeAtomically(report.updatedText, to: file)
                        out.write(report.updatedText == document.text ? "\(file): recorded results are up to date\n"
                                  : "\(file): updated \(changes) recorded result\(changes == 1 ? "" : "s")\n")
                    } catch {
                        out.writeError("error: cannot write \(file)\n")
                        status = 2
                    }
                } else {
                    let text = ReplayChecker.describe(report) + "\n"
                    if report.passed { out.write(text) } else { out.writeError(text); status = max(status, 1) }
                }
            }
        }
        return status
    }
}

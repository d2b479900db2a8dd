import Foundation

/// Display settings a user changes with `:mode` and `:timer`.
public struct ShellSettings: Sendable {
    public var mode: OutputMode = .table
    public var timer = false
    public var color = false
    /// The terminal's size when interactive; nil when writing to a file or pipe.
    public var terminalWidth: Int?
    public var terminalRows: Int?
    /// Small-number suppression applied to what is shown (`:publish on`, `render --publish`); nil when off.
    public var publishing: Suppression?

    public init() {}

    /// How results are shown now (sized to the terminal, if any).
    public var displayOptions: RenderOptions {
        let live = terminalWidth == nil ? nil : TerminalResize.current     // follows a resize (SIGWINCH)
        return RenderOptions(mode: mode, maxWidth: live?.columns ?? terminalWidth,
                             maxRows: (live?.rows ?? terminalRows).map { max(10, $0 - 6) } ?? Self.scriptRows, color: color)
    }

    /// How results are recorded in scripts and compared by `check`: independent of any terminal.
    public var recordOptions: RenderOptions {
        RenderOptions(mode: mode, maxWidth: nil, maxRows: Self.scriptRows, color: false)
    }

    /// Rows of a table shown in scripts and recordings before the rest is summarised.
    public static let scriptRows = 40
}

/// What running one statement or command produced.
public struct ItemOutcome: Sendable {
    /// Text to show now (may be sized to the terminal and coloured).
    public var display: String
    /// The canonical result lines, as recorded under the statement in a script.
    public var recorded: [String]
    public var succeeded: Bool
    public var interrupted = false
    /// The statement text to keep in the session log, when it should be kept.
    public var logText: String?
    /// What a successful statement produced, before any rendering (a report shows it as it is).
    public var output: Output?
    /// The statement's warnings, one `warning: …` line each, as recorded (empty when none).
    public var warningText = ""
    /// An error with its full location (`--> file:LINE:COL`), without colour; the recording leaves the line out.
    public var located: String?
}

/// One carebook session: the interpreter, the log of what succeeded, and the commands.
///
/// Script files, piped input, `check`, `render`/`:export` and each entry at the prompt all run
/// through `runScript` (in `ShellSession+Script.swift`), and so each item through `run(_:in:file:)`.
public final class ShellSession {
    public let interpreter: Interpreter
    public internal(set) var log = SessionLog()
    public var settings = ShellSettings()
    public let commands: CommandRegistry
    public var journal: Journal?
    /// Entries typed at the prompt this session (for `:history`).
    public internal(set) var history: [String] = []
    public var quitRequested = false
    /// The tutorial being followed at the prompt, if any (`:tutorial`).
    public var tutorial: TutorialSession?

    public init(interpreter: Interpreter = CarebookEngine.makeInterpreter(), commands: CommandRegistry = .standard) {
        self.interpreter = interpreter
        self.commands = commands
    }

    /// Runs one item of a parsed script or prompt entry.
    public func run(_ item: ScriptDocument.Item, in document: ScriptDocument, file: String?) -> ItemOutcome {
        switch item.kind {
        case let .command(line, range):
            return runCommand(line, range: range)
        case let .entry(.failed(diagnostics, range)):
            return failure(diagnostics, source: document.text, file: file, lines: item.startLine...max(item.startLine, range.end.line))
        case let .entry(.statement(statement)):
            return runStatement(statement, source: document.text, file: file)
        }
    }

    func runStatement(_ statement: Statement, source: String, file: String?) -> ItemOutcome {
        let started = DispatchTime.now()
        let result = interpreter.execute(statement)
        let warned = warnings(source: source, file: file)
        switch result {
        case let .success(output):
            // Warnings come first, as recorded: a new one makes `check` report the statement.
            let text = render(output, settings.recordOptions)
            let recorded = Self.joined(warned.recorded, text)
            // Scripts and pipes show what they record (warnings in full): render once unless a terminal or publishing differs.
            let sameAsRecorded = settings.publishing == nil && settings.displayOptions == settings.recordOptions
            var display = Self.joined(settings.color ? warned.colored : warned.plain, sameAsRecorded ? text
                : render(published(output), settings.displayOptions))
            if settings.timer {
                let ms = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
                display += (display.isEmpty ? "" : "\n") + "(\(Self.formatMilliseconds(ms)))"
            }
            return ItemOutcome(display: display, recorded: Self.lines(recorded), succeeded: true, logText: statement.text,
                               output: output, warningText: warned.recorded)
        case let .failure(.diagnostic(d)):
            // Warnings raised before the error are shown and recorded above it: both say something wrong.
            var failed = failure([d], source: source, file: file, lines: statement.range.start.line...statement.range.end.line)
            failed.display = Self.joined(settings.color ? warned.colored : warned.plain, failed.display)
            failed.recorded = Self.lines(warned.recorded) + failed.recorded
            failed.located = failed.located.map { Self.joined(warned.plain, $0) }
            return failed
        case .failure(.interrupted):
            return ItemOutcome(display: "interrupted", recorded: ["interrupted"], succeeded: false, interrupted: true)
        }
    }

    /// The last statement's warnings: recorded as one `warning: …` line each (so a recording does not
    /// depend on where the statement stands in a file), shown as full blocks, plain and coloured.
    func warnings(source: String, file: String?) -> (recorded: String, plain: String, colored: String) {
        let warnings = interpreter.warnings
        guard !warnings.isEmpty else { return ("", "", "") }
        let name = file.map { ($0 as NSString).lastPathComponent }
        let text = { (color: Bool) in
            warnings.map { DiagnosticRenderer.render($0.located(in: name, lineOffset: 0), source: source, color: color) }
                .joined(separator: "\n")
        }
        let recorded = warnings.map { "warning: " + $0.message }.joined(separator: "\n")
        return (recorded, text(false), text(true))
    }

    static func joined(_ a: String, _ b: String) -> String {
        a.isEmpty ? b : b.isEmpty ? a : a + "\n" + b
    }

    /// A failed item: shown with full locations (`--> file:LINE:COL`); recorded relative to the statement's
    /// own `lines`, so that a recording does not change when lines are added above it (`check --update`
    /// converges in one pass).
    func failure(_ diagnostics: [Diagnostic], source: String, file: String?, lines: ClosedRange<Int>) -> ItemOutcome {
        let name = file.map { ($0 as NSString).lastPathComponent }
        let text = { (color: Bool) in
            diagnostics.map { DiagnosticRenderer.render($0.located(in: name, lineOffset: 0), source: source, color: color) }
                .joined(separator: "\n")
        }
        let plain = text(false)
        let recorded = diagnostics.map { RecordedError.text($0, source: source, lines: lines) }.joined(separator: "\n")
        return ItemOutcome(display: settings.color ? text(true) : plain, recorded: Self.lines(recorded), succeeded: false,
                           located: plain)
    }

    func runCommand(_ line: String, range: SourceRange) -> ItemOutcome {
        let result = commands.run(line, session: self)
        return ItemOutcome(display: publishedText(result.text), recorded: Self.lines(result.text), succeeded: result.succeeded,
                           logText: result.logged ? line : nil)
    }

    /// Output rendered as text (empty for nothing to show).
    public func render(_ output: Output, _ options: RenderOptions) -> String {
        switch output {
        case .none: ""
        case let .message(m): m
        case let .sentence(p): p.text
        case let .loaded(s): s.text(width: options.maxWidth)
        case let .ran(r): r.text
        case let .value(v): ValueFormatter.text(v, options: options).trimmingTrailingNewlines()
        }
    }

    /// Runs an item, keeps it in the log if it succeeded, and prints its result or error.
    @discardableResult
    public func perform(_ item: ScriptDocument.Item, in document: ScriptDocument, file: String?,
                        out: OutputSink) -> ItemOutcome {
        let outcome = run(item, in: document, file: file)
        record(outcome)
        show(outcome, out: out)
        return outcome
    }

    /// Prints an item's result (or its error), then any load-cache notice.
    public func show(_ outcome: ItemOutcome, out: OutputSink) {
        if outcome.succeeded {
            if !outcome.display.isEmpty { out.write(outcome.display + "\n") }
        } else {
            out.writeError(outcome.display + "\n")
        }
        // A damaged cache entry or a refused cache folder: said once, beside the result, never recorded.
        for notice in interpreter.workspace.cache.notices.take() { out.writeError("warning: \(notice)\n") }
    }

    /// Adds a successful item to the log and the journal.
    public func record(_ outcome: ItemOutcome) {
        guard outcome.succeeded, let text = outcome.logText else { return }
        let entry = SessionLog.Entry(text: text, result: outcome.recorded)
        log.append(entry)
        journal?.append(entry, sources: interpreter.workspace.sources)
    }

    static func lines(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func formatMilliseconds(_ ms: Double) -> String {
        ms < 10 ? NumberText.fixed(ms, 2) + " ms" : ms < 1000 ? NumberText.fixed(ms, 1) + " ms" : NumberText.fixed(ms / 1000, 2) + " s"
    }

    /// The session as a script with its data fingerprints and recorded results; saved to `path`, its
    /// data paths are written relative to that file's folder (see `ScriptPaths`).
    public func scriptText(savedTo path: String? = nil) -> String {
        var (log, sources) = (log, interpreter.workspace.sources)
        if let path {
            let folder = (ScriptPaths.absolute(path) as NSString).deletingLastPathComponent
            (log, sources) = ScriptPaths.relocated(log, sources, to: folder, interpreter)
        }
        return ScriptWriter.script(version: CarebookVersion.current, sources: sources, log: log)
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}

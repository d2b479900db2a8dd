import Foundation

/// The `:export` and `:publish` commands.
public enum RenderCommands {
    public static var all: [Command] { [export, publish] }

    static let export = Command("export", summary: "write this session as a report: Markdown or self-contained HTML",
                                usage: ":export FILE.md|FILE.html [--allow-ids]", example: ":export sufficiency.html") { session, args in
        guard let path = args.first(where: { !$0.hasPrefix("--") }) else { return .failed("say where: :export FILE.html") }
        guard let format = NotebookFormat(path: path) else {
            return .failed("a report is FILE.md (Markdown) or FILE.html (HTML), not \(path)")
        }
        let run = replay(session, allowIDs: args.contains("--allow-ids"), title: (path as NSString).lastPathComponent)
        do {
            try PrivateFile.writeAtomically(format.render(run.notebook), to: path)
        } catch {
            return .failed((error as? Diagnostic)?.message ?? "cannot write \(path)")
        }
        return .ok(summary(run, output: path))
    }

    /// The session's log replayed in a fresh session (same commands and publishing), as a notebook.
    static func replay(_ session: ShellSession, allowIDs: Bool, title: String) -> NotebookRunner.Run {
        let fresh = ShellSession(interpreter: CarebookEngine.makeInterpreter(), commands: session.commands)
        fresh.settings.mode = .table
        fresh.settings.publishing = session.settings.publishing
        fresh.interpreter.scriptDirectory = session.interpreter.scriptDirectory
        let document = ScriptDocument(text: session.scriptText())
        return NotebookRunner(session: fresh, allowIDs: allowIDs).run(document, file: nil, title: title)
    }

    /// `wrote report.html: 12 statements, 1 error, small numbers suppressed`.
    static func summary(_ run: NotebookRunner.Run, output: String) -> String {
        let statements = run.notebook.cells.filter { if case .code = $0 { true } else { false } }.count
        var parts = ["\(statements) statement\(statements == 1 ? "" : "s")"]
        if run.failures > 0 { parts.append("\(run.failures) error\(run.failures == 1 ? "" : "s")") }
        if !run.notebook.notices.isEmpty { parts.append("small numbers suppressed") }
        return "wrote \(output): " + parts.joined(separator: ", ")
    }

    static let publish = Command("publish", summary: "suppress small numbers (below 5, or N) and withhold child IDs in what is shown and exported",
                                 usage: ":publish on [N]|off", example: ":publish on 10", arguments: ["on", "off"],
                                 logged: true) { session, args in
        switch args.first {
        case nil:
            return .ok(session.settings.publishing.map { "publishing is on: counts below \($0.threshold) are suppressed, child IDs withheld" }
                       ?? "publishing is off")
        case "off"?:
            session.settings.publishing = nil
            return .ok()
        case "on"?:
            guard let word = args.dropFirst().first else {
                session.settings.publishing = Suppression()
                return .ok()
            }
            guard let n = Int(word), n >= 1, n <= 1000 else { return .failed("the threshold is a whole number of at least 1, as in :publish on 10") }
            session.settings.publishing = Suppression(threshold: n)
            return .ok()
        default:
            return .failed("say :publish on [N] or :publish off")
        }
    }
}

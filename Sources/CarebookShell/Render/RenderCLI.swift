import Foundation

extension CarebookCLI {
    /// `carebook render FILE.cb -o OUT.md|OUT.html`: run a script and write its notebook.
    ///
    /// Exit status: 0 when every statement ran, 1 when any failed (its error is in the report),
    /// 2 when the script cannot be read or the report cannot be written.
    public static func render(file: String, output: String, publish: Bool, threshold: Int, allowIDs: Bool,
                              bail: Bool) -> Int32 {
        _ = UTF8Locale.ensureCType()
        let out = StandardOutput()
        guard let format = NotebookFormat(path: output) else {
            out.writeError("error: say where to write the report as OUT.md or OUT.html (not \(output))\n")
            return 2
        }
        let document: ScriptDocument
        switch ScriptRunner.read(file) {
        case let .success(d): document = d
        case let .failure(d):
            out.writeError(DiagnosticRenderer.render(d, source: nil) + "\n")
            return 2
        }
        let session = ShellSession()
        if publish { session.settings.publishing = Suppression(threshold: threshold) }
        let run = NotebookRunner(session: session, allowIDs: allowIDs, bail: bail).run(document, file: file)
        for error in run.errors { out.writeError(error + "\n") }
        for notice in session.interpreter.workspace.cache.notices.take() { out.writeError("warning: \(notice)\n") }
        do {
            try PrivateFile.writeAtomically(format.render(run.notebook), to: output)
        } catch {
            out.writeError("error: \((error as? Diagnostic)?.message ?? "cannot write \(output)")\n")
            return 2
        }
        out.write(RenderCommands.summary(run, output: output) + "\n")
        return run.failures == 0 ? 0 : 1
    }
}

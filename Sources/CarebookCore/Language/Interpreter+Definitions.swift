import Foundation

/// `load "local-indicators.cb"`: runs a script of definitions (trackers, cohorts, indicators) into the session.
extension Interpreter {
    /// Runs every statement of the script at `resolved` in this session, as if typed; at the first error it stops,
    /// puts the session back as it was, and reports the error at its place in the script. Relative paths in it
    /// are read from the script's folder.
    func runDefinitions(_ path: String, _ resolved: String, at range: SourceRange) throws -> Output {
        let standard = URL(fileURLWithPath: resolved).standardizedFileURL.path
        guard !runningScripts.contains(standard) else {
            throw Diagnostic("\(path) loads itself", at: range, hint: "a definitions script cannot load the script that loads it")
        }
        guard let data = FileManager.default.contents(atPath: resolved), let source = String(data: data, encoding: .utf8) else {
            throw Diagnostic("cannot read \(path)", at: range, hint: "check the path; scripts are UTF-8 text")
        }
        let parsed = Parser.parse(source)
        if var first = parsed.diagnostics.first {
            first.file = path
            throw first
        }
        // A script that fails part-way leaves the session as it was, as any failed statement does.
        let savedWorkspace = workspace.saved, savedEnvironment = environment.saved
        runningScripts.insert(standard)
        let savedDirectory = scriptDirectory, before = Set(workspace.care.catalogue.indicators.map(\.id))
        var loaded: [LoadSummary] = []
        scriptDirectory = (resolved as NSString).deletingLastPathComponent
        defer { scriptDirectory = savedDirectory; runningScripts.remove(standard) }
        for statement in parsed.statements {
            do {
                let output = try run(statement)
                // The file it loaded, as the session's own script reaches it (its fingerprint and its summary).
                let folder = (path as NSString).deletingLastPathComponent
                if case .load = statement.kind { workspace.rebaseLastSource(onto: folder) }
                switch output {
                case let .loaded(summary): loaded.append(summary.rebased(onto: folder))
                case let .ran(inner): loaded += inner.loaded.map { $0.rebased(onto: folder) }
                default: break
                }
            } catch var d as Diagnostic {
                workspace.restore(savedWorkspace)
                environment.restore(savedEnvironment)
                if d.file == nil { d.file = path }
                throw d
            } catch {
                workspace.restore(savedWorkspace)
                environment.restore(savedEnvironment)
                throw error
            }
        }
        workspace.addSource(DataSource(path: path, sha256: SHA256Hex.of(Array(data)), bytes: data.count))
        let defined = workspace.care.catalogue.indicators.map(\.id).filter { !before.contains($0) }
        return .ran(ScriptRun(path: path, statements: parsed.statements.count, indicators: defined, loaded: loaded))
    }
}

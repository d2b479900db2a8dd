/// The evaluator, on a fixed small data set: header, episodes and unit costs from `Tests/Fixtures/money`.
///
/// Each input runs as a script in a fresh session, so a crash never depends on an earlier input.
/// Inputs that `load` are skipped: reading files is the loader harness's, and a fuzzer must not
/// wander the file system.
enum EvaluatorHarness {
    static let setup: [Statement] = {
        let dir = FuzzTarget.fixtures + "/money"
        let script = ["header.csv", "episodes.csv", "unit-costs.csv"].map { "load \"\(dir)/\($0)\"" }.joined(separator: "\n")
        return Parser.parse(script).statements
    }()

    static func run(_ bytes: [UInt8]) {
        let source = String(decoding: bytes, as: UTF8.self)
        guard !source.contains("load") else { return }
        let interpreter = CarebookEngine.makeInterpreter(cache: .off)
        for s in setup { _ = interpreter.execute(s) }
        let (statements, diagnostics, _) = Parser.parse(source)
        for d in diagnostics { _ = DiagnosticRenderer.render(d, source: source) }
        for s in statements {
            switch interpreter.execute(s) {
            case let .success(.value(v)): _ = String(describing: v)
            case let .failure(.diagnostic(d)): _ = DiagnosticRenderer.render(d, source: source)
            default: break
            }
        }
    }
}

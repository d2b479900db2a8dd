/// Lexer and parser: any bytes, as UTF-8 text, parse to statements and errors, and every error renders.
enum ParserHarness {
    static func run(_ bytes: [UInt8]) {
        let source = String(decoding: bytes, as: UTF8.self)
        let (statements, diagnostics, _) = Parser.parse(source)
        for d in diagnostics { _ = DiagnosticRenderer.render(d, source: source) }
        _ = statements.count
        _ = Parser.entries(source)
        if case let .failure(d) = Parser.parseExpression(source) { _ = DiagnosticRenderer.render(d, source: source) }
    }
}

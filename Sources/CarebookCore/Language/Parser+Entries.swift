/// One statement of a source text, parsed or failed, in source order.
public enum SourceEntry: Sendable {
    case statement(Statement)
    /// A statement that did not parse, with every error found in its lines.
    case failed([Diagnostic], SourceRange)

    public var range: SourceRange {
        switch self {
        case let .statement(s): s.range
        case let .failed(_, r): r
        }
    }
}

extension Parser {
    /// Parses source into entries: a statement with any lexical or syntax error in
    /// its lines becomes a failed entry carrying those errors.
    public static func entries(_ source: String) -> [SourceEntry] {
        let (statements, diagnostics, failed) = parse(source)
        var items: [SourceEntry] = statements.map { .statement($0) } + failed.map { .failed([], $0) }
        items.sort { $0.range.start < $1.range.start }
        var unplaced: [Diagnostic] = []
        var attached = [[Diagnostic]](repeating: [], count: items.count)
        for d in diagnostics {
            let line = d.range?.start.line ?? 0
            if let i = items.firstIndex(where: { $0.range.start.line <= line && line <= $0.range.end.line }) {
                attached[i].append(d)
            } else {
                unplaced.append(d)
            }
        }
        var result: [SourceEntry] = []
        for (i, item) in items.enumerated() {
            if attached[i].isEmpty, case .statement = item { result.append(item) }
            else if attached[i].isEmpty {
                result.append(.failed([Diagnostic("this statement could not be read", at: item.range)], item.range))
            } else {
                result.append(.failed(attached[i], item.range))
            }
        }
        for d in unplaced {
            let r = d.range ?? SourceRange(SourceLocation(line: 1, column: 1), SourceLocation(line: 1, column: 1))
            result.append(.failed([d], r))
        }
        return result.sorted { $0.range.start < $1.range.start }
    }
}

/// `indicator "6.12" (title: "% of LAC with a PEP", polarity: high, …)` as parsed: the id and each labelled field.
///
/// The fields stay expressions: the interpreter reads the settings (title, polarity, unit, period,
/// targets) when the statement runs and keeps `numerator`, `denominator` and `cohort` to evaluate per period.
public struct IndicatorStatement: Sendable {
    /// One `label: expression` of the definition, with the expression's text as written.
    public struct Field: Sendable {
        public var label: String
        public var labelRange: SourceRange
        public var value: Expr
        public var text: String
    }

    public var id: String
    public var idRange: SourceRange
    public var fields: [Field]

    /// The field with this label.
    public subscript(label: String) -> Field? { fields.first { $0.label == label } }
}

extension Parser {
    /// indicator := 'indicator' TEXT '(' label ':' expr { ',' label ':' expr } [','] ')'
    mutating func indicatorStatement() throws(Failure) -> StatementKind {
        advance()
        guard case let .text(id) = current.kind else { throw failure("expected the indicator's id in quotes") }
        let idRange = advance().range
        try expect("(", "`(` after the indicator's id")
        var fields: [IndicatorStatement.Field] = []
        while !current.isSymbol(")") {
            let (label, labelRange) = try fieldLabel()
            try expect(":", "`:` after `\(label)`")
            let value = try expression()
            fields.append(.init(label: label, labelRange: labelRange, value: value, text: exactText(value.range)))
            if !match(",") { break }
        }
        try expect(")", "`,` or `)` after the indicator's fields")
        return .indicator(IndicatorStatement(id: id, idRange: idRange, fields: fields))
    }

    /// A field's label: a name, or the keyword `cohort`.
    mutating func fieldLabel() throws(Failure) -> (String, SourceRange) {
        if current.isKeyword(.cohort) { return ("cohort", advance().range) }
        return try expectIdentifier("a field such as `title:` or `numerator:`")
    }

    /// The source text of exactly `range` (which may span lines).
    func exactText(_ range: SourceRange) -> String {
        let first = max(0, range.start.line - 1), last = min(lines.count - 1, range.end.line - 1)
        guard first <= last else { return "" }
        var parts: [String] = []
        for i in first...last {
            let line = Array(lines[i])
            let from = i == first ? max(0, range.start.column - 1) : 0
            let to = i == last ? min(line.count, range.end.column - 1) : line.count
            parts.append(from < to ? String(line[from..<to]) : "")
        }
        return parts.map { $0.trimmingSpaces }.joined(separator: " ")
    }
}

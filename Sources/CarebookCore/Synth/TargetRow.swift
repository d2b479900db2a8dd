/// One row of a targets CSV (`calibration-targets.csv`, `return-targets.csv`) split into its fields,
/// with errors placed at a field: `file:LINE:COLUMN`.
struct TargetRow {
    let fields: [String]
    let line: Int
    let file: String?

    /// The row's first `count - 1` fields and the rest (a source may hold commas) as the last.
    init(_ text: String, line: Int, file: String?, fields count: Int) {
        fields = text.split(separator: ",", maxSplits: count - 1, omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        self.line = line
        self.file = file
    }

    /// An error pointing at field `field` (0-based).
    func error(_ field: Int, _ message: String) -> Diagnostic {
        let column = fields.prefix(field).reduce(1) { $0 + $1.count + 1 }
        let at = SourceRange(SourceLocation(line: line, column: column), SourceLocation(line: line, column: column + 1))
        return Diagnostic(message, at: at, file: file)
    }
}

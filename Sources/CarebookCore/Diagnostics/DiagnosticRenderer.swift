/// Renders a diagnostic as a rustc-style block: message, location, the source line and a caret.
///
/// ```
/// error: no column `placment`
///  --> sufficiency.cb:4:17
/// 4 | ooa = lac where placment == "K2"
///   |                 ^^^^^^^^ did you mean `placement`?
/// ```
public enum DiagnosticRenderer {
    /// The block for `d`, quoting `source` (the whole script, or the prompt entry).
    public static func render(_ d: Diagnostic, source: String?, color: Bool = false) -> String {
        let label = d.severity.rawValue
        var lines = [style(label, color: color, code: d.severity == .error ? "1;31" : "1;33") + ": " + d.message]
        guard let range = d.range else {
            lines += d.notes.map { "  = note: \($0)" }
            if let hint = d.hint { lines.append("  = help: \(hint)") }
            return lines.joined(separator: "\n")
        }
        let gutter = String(range.start.line)
        let pad = String(repeating: " ", count: gutter.count)
        if let file = d.file {
            lines.append("\(pad)--> \(file):\(range.start.line):\(range.start.column)")
        }
        if let text = sourceLine(source, range.start.line) {
            let caretStart = max(1, range.start.column)
            let lineLength = text.count
            let caretEnd = range.end.line == range.start.line ? max(range.end.column, caretStart + 1) : lineLength + 1
            let width = max(1, min(caretEnd, lineLength + 1) - caretStart)
            let marker = String(repeating: " ", count: caretStart - 1) + style(String(repeating: "^", count: width), color: color, code: "1;31")
            lines.append("\(gutter) | \(text)")
            lines.append("\(pad) | \(marker)" + (d.hint.map { " " + $0 } ?? ""))
        } else if let hint = d.hint {
            lines.append("  = help: \(hint)")
        }
        lines += d.notes.map { "\(pad) = note: \($0)" }
        return lines.joined(separator: "\n")
    }

    static func sourceLine(_ source: String?, _ line: Int) -> String? {
        guard let source, line >= 1 else { return nil }
        var n = 1
        for l in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if n == line { return String(l).replacingTabs() }
            n += 1
        }
        return nil
    }

    static func style(_ s: String, color: Bool, code: String) -> String {
        color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}

extension String {
    /// Tabs shown as single spaces so carets line up with character columns.
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}

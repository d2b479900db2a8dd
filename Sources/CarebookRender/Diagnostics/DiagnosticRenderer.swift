// Scripts/fuzz compiles this file into the CarebookCore module itself (CAREBOOK_FUZZ), with nothing to import.
#if !CAREBOOK_FUZZ
import CarebookCore
#endif

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
        if let line = sourceLine(source, range.start.line) {
            let (text, shift) = window(line, around: range.start.column)
            let caretStart = max(1, range.start.column - shift)
            let lineLength = text.count
            let caretEnd = range.end.line == range.start.line ? max(range.end.column - shift, caretStart + 1) : lineLength + 1
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

    /// The longest source line quoted whole; a longer one is cut to a window around the error.
    static let maxQuoted = 160

    /// The part of a long line around `column`, with `…` where it was cut, and how many columns were cut before it.
    static func window(_ line: String, around column: Int) -> (text: String, shift: Int) {
        guard line.count > maxQuoted else { return (line, 0) }
        let chars = Array(line)
        let from = max(0, min(column - 1 - 40, chars.count - maxQuoted))
        let to = min(chars.count, from + maxQuoted)
        let head = from > 0 ? "…" : ""
        return (head + String(chars[from..<to]) + (to < chars.count ? "…" : ""), from - head.count)
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

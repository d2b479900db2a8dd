import CarebookRender

/// Lays out `:help`'s lists (a usage, then what it does) to fit a terminal's width.
///
/// The usage column is as wide as the longest usage up to a third of the width; a longer usage has
/// its line to itself and its description starts on the next. Descriptions wrap between words,
/// continuing under the description column; a single word wider than the column is never split.
struct HelpLayout {
    /// The columns the lines may take.
    var width: Int

    /// Columns assumed when output does not go to a terminal (pipes, files, `check`).
    static let unsized = 80
    private static let indent = 2, gap = 2

    /// Two-column lines for `entries`.
    func lines(_ entries: [(usage: String, summary: String)]) -> [String] {
        let longest = entries.map { DisplayWidth.of($0.usage) }.max() ?? 0
        let column = min(longest, max(12, (width - Self.indent) / 3))
        let start = Self.indent + column + Self.gap
        let lead = String(repeating: " ", count: Self.indent), hang = String(repeating: " ", count: start)
        var out: [String] = []
        for entry in entries {
            let text = Self.wrap(entry.summary, width: width - start)
            if DisplayWidth.of(entry.usage) <= column {
                out.append(lead + DisplayWidth.pad(entry.usage, to: column, rightAligned: false)
                           + String(repeating: " ", count: Self.gap) + (text.first ?? ""))
                out += text.dropFirst().map { hang + $0 }
            } else {
                out += Self.wrap(entry.usage, width: width - Self.indent).enumerated()
                    .map { lead + ($0.offset == 0 ? "" : "  ") + $0.element }
                out += text.map { hang + $0 }
            }
        }
        return out
    }

    /// A paragraph with a heading (`Clauses:    T where …`): wrapped, continuing under its text.
    func paragraph(_ head: String, _ text: String) -> [String] {
        if DisplayWidth.of(head + text) <= width { return [head + text] }      // as written, spacing kept
        let hang = String(repeating: " ", count: DisplayWidth.of(head))
        return Self.wrap(text, width: width - hang.count).enumerated()
            .map { ($0.offset == 0 ? head : hang) + $0.element }
    }

    /// `text` broken between words into lines of at most `width` columns (at least 20); a word wider
    /// than that gets a line of its own, whole.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(20, width)
        var lines: [String] = [], line = "", used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let w = DisplayWidth.of(word)
            if used > 0, used + 1 + w > width {
                lines.append(line)
                line = ""
                used = 0
            }
            line += used > 0 ? " " + word : word
            used += (used > 0 ? 1 : 0) + w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

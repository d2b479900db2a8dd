/// Reads the prose of a script: the comment lines between its statements.
enum NotebookProse {
    /// The Markdown of the comment lines in `from..<to` (1-based), or nil when there is none.
    ///
    /// `#` and one space are taken off each line. `#>` recordings and the header's
    /// `# carebook …` and `# data: …` lines are not prose; a blank line ends a paragraph.
    static func text(_ lines: [String], from: Int, to: Int) -> String? {
        guard from < to else { return nil }
        var out: [String] = []
        for n in from..<to where n - 1 < lines.count {
            let line = lines[n - 1].trimmingLeadingSpace()
            if line.isEmpty { out.append(""); continue }
            guard line.hasPrefix("#"), !line.hasPrefix(ScriptDocument.resultPrefix), !isHeader(line) else { continue }
            var body = line.dropFirst()
            if body.first == " " { body = body.dropFirst() }
            out.append(String(body))
        }
        while out.first?.isEmpty == true { out.removeFirst() }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.isEmpty ? nil : out.joined(separator: "\n")
    }

    static func isHeader(_ line: String) -> Bool {
        line.hasPrefix("# carebook ") || line.hasPrefix("# data: \"")
    }

    /// An item's source text: its lines, without comment-only lines inside it.
    static func code(_ lines: [String], _ item: ScriptDocument.Item) -> String {
        let first = item.startLine - 1, last = min(item.endLine - 1, lines.count - 1)
        guard first >= 0, first <= last else { return "" }
        return lines[first...last].filter { !$0.trimmingLeadingSpace().hasPrefix("#") }.joined(separator: "\n")
    }

    /// Takes the report's title out of the prose and returns its text: the first level-1 heading, else
    /// the first heading of any level (a script that starts at `##`), never the file name when there is one.
    static func takeTitle(_ cells: inout [NotebookCell]) -> String? {
        takeTitle(&cells, level: 1) ?? takeTitle(&cells, level: nil)
    }

    private static func takeTitle(_ cells: inout [NotebookCell], level: Int?) -> String? {
        for (i, cell) in cells.enumerated() {
            guard case let .prose(text) = cell, let title = ProseMarkdown.firstTitle(text, level: level) else { continue }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let at = lines.firstIndex(where: { line in
                ProseMarkdown.heading(Substring(line.trimmingLeadingSpace())).map { level == nil || $0.0 == level } ?? false
            }) {
                lines.remove(at: at)
            }
            let rest = lines.drop { $0.isEmpty }
            if rest.isEmpty { cells.remove(at: i) } else { cells[i] = .prose(rest.joined(separator: "\n")) }
            return title
        }
        return nil
    }
}

extension String {
    func trimmingLeadingSpace() -> String { String(drop { $0 == " " || $0 == "\t" }) }
}

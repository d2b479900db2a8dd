/// Writes a notebook as Markdown: prose as written, statements in `carebook` code blocks,
/// tables as pipe tables, other results and errors in text blocks, and a footer.
public struct MarkdownNotebookRenderer: NotebookVisitor {
    private var parts: [String] = []

    public init() {}

    public mutating func begin(_ notebook: Notebook) {
        parts.append("# " + notebook.title)
        var meta: [String] = []
        if let asat = notebook.asat { meta.append("As at " + NotebookDates.long(asat) + ".") }
        if !meta.isEmpty { parts.append("*" + meta.joined(separator: " ") + "*") }
        for notice in notebook.notices { parts.append("> " + notice) }
    }

    /// Prose as written, with headings one level down (the title is the only `#` heading) and links
    /// checked (`MarkdownLinks`).
    public mutating func visitProse(_ markdown: String) {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            ProseMarkdown.heading(line.drop { $0 == " " }).map { level, _ in level < 6 ? "#" + line : String(line) } ?? String(line)
        }.map(MarkdownLinks.sanitize)
        parts.append(lines.joined(separator: "\n"))
    }

    public mutating func visitCode(_ code: String, line: Int) {
        parts.append(Self.fence(code, info: "carebook"))
    }

    public mutating func visitResult(_ result: NotebookResult) {
        switch result {
        case let .message(text): parts.append(Self.fence(text, info: "text"))
        case let .loaded(summary): parts.append(Self.fence(summary.text, info: "text"))
        case let .value(value): parts.append(Self.value(value))
        }
    }

    public mutating func visitError(_ message: String) {
        parts.append(Self.fence(message, info: "text"))
    }

    public mutating func visitWarning(_ message: String) {
        parts.append(Self.fence(message, info: "text"))
    }

    public mutating func finish(_ notebook: Notebook) -> String {
        if let data = Self.data(notebook) { parts.append(data) }
        parts.append(["---", "", notebook.footerSummary + "."].joined(separator: "\n"))
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The "Data" section (`NotebookData`): a table of the files loaded, the care data set as loaded with
    /// what was counted loading it, the loads' warnings, then the files' fingerprints; nil when there are none.
    static func data(_ notebook: Notebook) -> String? {
        guard let data = NotebookData(notebook) else { return nil }
        var lines = ["## Data"]
        if !data.files.isEmpty {
            let (headers, right, rows) = data.table
            lines += ["", TableRenderer.markdown(headers: headers, rightAligned: right, rows: rows)]
        }
        if let care = data.careSentence { lines += ["", "Care data as loaded: " + care + "."] }
        let notes = data.issues + data.warnings
        if !notes.isEmpty { lines += [""] + notes.map { "- " + TableRenderer.escape($0) } }
        if !data.sources.isEmpty {
            lines += ["", "Files read, with their SHA-256 fingerprints:", ""]
            lines += data.sources.map { "- `\($0.path)` sha256:`\($0.sha256)` (\(NotebookData.bytes($0)) bytes)" }
        }
        return lines.joined(separator: "\n")
    }

    /// A value: tables as pipe tables, records as a field table (nested tables beneath; a wide table by
    /// date as its chart and a compact table, `NotebookSeries`), charts as the terminal chart, everything
    /// else as the terminal text.
    static func value(_ value: Value) -> String {
        switch value {
        case let .table(t): return table(t)
        case .chart:
            return fence(ValueFormatter.text(value), info: "text")
        case let .record(r): return record(r)
        case .plan, .projection, .backtest, .indicator: return record(value.shownRecord!)
        case let .phrase(p): return phrase(p)
        default: return fence(ValueFormatter.text(value), info: "text")
        }
    }

    static func table(_ t: Table) -> String {
        guard !t.columns.isEmpty else { return "*(no columns)*" }
        let layout = NotebookTable(t)
        let escape = { (s: String) in TableRenderer.escape(s) }
        var lines = ["| " + layout.headers.map(escape).joined(separator: " | ") + " |",
                     "|" + layout.rightAligned.map { $0 ? " ---: |" : " :--- |" }.joined()]
        lines += layout.rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
        if t.rowCount == 0 { lines.append("") ; lines.append("*(no rows)*") }
        if let note = layout.note { lines.append(""); lines.append("*" + note + "*") }
        for legend in t.legends { lines.append(""); lines.append("*" + escape(legend) + "*") }
        return lines.joined(separator: "\n")
    }

    static func record(_ r: Record) -> String {
        var out: [String] = []
        var simple: [(String, String)] = []
        func flush() {
            guard !simple.isEmpty else { return }
            out.append((["| field | value |", "| :--- | :--- |"] + simple.map { "| \($0.0) | \(TableRenderer.escape($0.1)) |" })
                .joined(separator: "\n"))
            simple = []
        }
        if !r.title.isEmpty { out.append("**" + r.title + "**") }
        for (name, v) in r.fields {
            switch v {
            case let .table(t):
                // A wide table by date (a projection's months): its chart and the compact table, as in HTML.
                flush()
                out.append("*" + name.replacingUnderscores() + "*")
                if let (chart, compact) = NotebookSeries.split(t) {
                    out.append(value(.chart(chart)))
                    out.append(table(compact))
                } else {
                    out.append(table(t))
                }
            case .record, .chart, .plan, .projection, .backtest, .indicator:
                flush()
                out.append("*" + name.replacingUnderscores() + "*")
                out.append(value(v))
            case let .text(text) where text.contains("\n"):
                flush()
                out.append("*" + name.replacingUnderscores() + "*")
                out.append(list(text))
            case let .phrase(p) where p.lines.count > 1:
                flush()
                out.append("*" + name.replacingUnderscores() + "*")
                out.append(list(p.text))
            default:
                simple.append((name.replacingUnderscores(), ValueFormatter.text(v)))
            }
        }
        flush()
        out += r.legends.map { "*" + TableRenderer.escape($0) + "*" }
        return out.joined(separator: "\n\n")
    }

    /// Lines of text as a list: a line indented by two or more spaces is nested under the line before.
    static func list(_ text: String) -> String {
        text.split(separator: "\n").map { line in
            let item = TableRenderer.escape(String(line).trimmingLeadingSpaces())
            return line.hasPrefix("  ") ? "  - " + item : "- " + item
        }.joined(separator: "\n")
    }

    /// A fenced code block long enough not to be closed by backticks inside `text`.
    static func fence(_ text: String, info: String) -> String {
        var ticks = "```"
        while text.contains(ticks) { ticks += "`" }
        return ticks + info + "\n" + text + "\n" + ticks
    }
}

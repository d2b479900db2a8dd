/// Writes a notebook as one self-contained HTML file: inline CSS, charts as inline SVG,
/// nothing fetched from anywhere, and well-formed XML (every tag closed, text escaped).
///
/// Readable on screen (long tables scroll in a box under a sticky header) and printed on A4
/// (tables run across pages with their header repeated; code and charts are not split).
public struct HTMLNotebookRenderer: NotebookVisitor {
    private var body: [String] = []

    public init() {}

    public mutating func begin(_ notebook: Notebook) {
        body.append("<header>")
        body.append("<h1>" + HTMLText.escape(notebook.title) + "</h1>")
        if let asat = notebook.asat {
            body.append("<p class=\"asat\">As at " + HTMLText.escape(NotebookDates.long(asat)) + "</p>")
        }
        for notice in notebook.notices {
            body.append("<p class=\"notice\">" + HTMLText.escape(notice) + "</p>")
        }
        body.append("</header>")
        body.append("<main>")
    }

    public mutating func visitProse(_ markdown: String) {
        body.append("<div class=\"prose\">\n" + ProseMarkdown.html(markdown) + "\n</div>")
    }

    public mutating func visitCode(_ code: String, line: Int) {
        body.append("<pre class=\"code\" title=\"line \(line)\"><code>" + HTMLText.escape(code) + "</code></pre>")
    }

    public mutating func visitResult(_ result: NotebookResult) {
        switch result {
        case let .loaded(summary): body.append("<pre class=\"output message\">" + HTMLText.escape(summary.text) + "</pre>")
        case let .message(text): body.append("<pre class=\"output message\">" + HTMLText.escape(text) + "</pre>")
        case let .value(value): body.append("<div class=\"result\">" + Self.value(value) + "</div>")
        }
    }

    public mutating func visitError(_ message: String) {
        let kind = message.hasPrefix("refused:") ? "error refused" : "error"
        body.append("<pre class=\"\(kind)\" role=\"alert\">" + HTMLText.escape(message) + "</pre>")
    }

    /// Drawn in the amber of a refusal (`pre.error.refused`): noticed, but not red.
    public mutating func visitWarning(_ message: String) {
        body.append("<pre class=\"error refused warning\" role=\"note\">" + HTMLText.escape(message) + "</pre>")
    }

    public mutating func finish(_ notebook: Notebook) -> String {
        body.append("</main>")
        body.append(Self.data(notebook))
        body.append(Self.footer(notebook))
        let head = [
            "<!DOCTYPE html>", "<html lang=\"en-GB\">", "<head>", "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<meta name=\"generator\" content=\"carebook \(HTMLText.escape(notebook.version))\"/>",
            "<title>" + HTMLText.escape(notebook.title) + "</title>",
            "<style>", NotebookStyle.css, "</style>", "</head>", "<body>",
        ]
        return (head + body + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    /// The "Data" section (`NotebookData`): a table of the files loaded, the care data set as loaded with
    /// what was counted loading it, the loads' warnings, then the files' fingerprints; empty when there are none.
    static func data(_ notebook: Notebook) -> String {
        guard let data = NotebookData(notebook) else { return "" }
        var lines = ["<section class=\"data\">", "<h2>Data</h2>"]
        if !data.files.isEmpty {
            let (headers, right, rows) = data.table
            let cls = { (c: Int) in right[c] ? " class=\"num\"" : c == 0 ? " class=\"path\"" : "" }
            lines.append("<table class=\"loads\"><thead><tr>" + headers.indices.map { "<th\(cls($0))>" + headers[$0] + "</th>" }.joined()
                         + "</tr></thead><tbody>")
            lines += rows.map { row in "<tr>" + row.indices.map { "<td\(cls($0))>" + HTMLText.escape(row[$0]) + "</td>" }.joined() + "</tr>" }
            lines.append("</tbody></table>")
        }
        if let care = data.careSentence {
            lines.append("<p class=\"care\">Care data as loaded: " + HTMLText.escape(care) + ".</p>")
        }
        let notes = data.issues + data.warnings
        if !notes.isEmpty {
            lines.append("<ul class=\"issues\">")
            lines += notes.map { "<li>" + HTMLText.escape($0) + "</li>" }
            lines.append("</ul>")
        }
        if !data.sources.isEmpty {
            lines.append("<table class=\"sources\"><thead><tr><th>data file</th><th>sha256</th><th class=\"num\">bytes</th></tr></thead><tbody>")
            for s in data.sources {
                lines.append("<tr><td class=\"path\">" + HTMLText.escape(s.path) + "</td><td class=\"sha\">" + HTMLText.escape(s.sha256)
                             + "</td><td class=\"num\">" + NotebookData.bytes(s) + "</td></tr>")
            }
            lines.append("</tbody></table>")
        }
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }

    static func footer(_ notebook: Notebook) -> String {
        ["<footer>", "<p>" + HTMLText.escape(notebook.footerSummary) + "</p>", "</footer>"].joined(separator: "\n")
    }
}

extension String {
    /// The text without its leading spaces.
    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }
}

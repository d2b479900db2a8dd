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

    /// The "Data" section: each load and what it read, then the files' fingerprints; empty when there are neither.
    static func data(_ notebook: Notebook) -> String {
        let loads = NotebookReport(notebook).loads
        guard !loads.isEmpty || !notebook.sources.isEmpty else { return "" }
        var lines = ["<section class=\"data\">", "<h2>Data</h2>"]
        if !loads.isEmpty {
            lines.append("<dl class=\"loads\">")
            for load in loads {
                lines.append("<dt><code>" + HTMLText.escape(load.code) + "</code></dt>")
                lines += load.lines.map { "<dd>" + HTMLText.escape($0.trimmingLeadingSpaces()) + "</dd>" }
            }
            lines.append("</dl>")
        }
        if !notebook.sources.isEmpty {
            lines.append("<table class=\"sources\"><thead><tr><th>data file</th><th>sha256</th><th class=\"num\">bytes</th></tr></thead><tbody>")
            for s in notebook.sources {
                lines.append("<tr><td>" + HTMLText.escape(s.path) + "</td><td class=\"sha\">" + HTMLText.escape(s.sha256)
                             + "</td><td class=\"num\">" + NumberText.groupThousands(String(s.bytes)) + "</td></tr>")
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

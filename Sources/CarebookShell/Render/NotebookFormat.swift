/// The file formats a notebook is written in, chosen by the output file's extension.
public enum NotebookFormat: String, Sendable {
    case markdown, html

    /// `.md`/`.markdown` → Markdown, `.html`/`.htm` → HTML, anything else nil.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { self = .markdown }
        else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { self = .html }
        else { return nil }
    }

    public func render(_ notebook: Notebook) -> String {
        switch self {
        case .markdown: notebook.render(with: MarkdownNotebookRenderer())
        case .html: notebook.render(with: HTMLNotebookRenderer())
        }
    }
}

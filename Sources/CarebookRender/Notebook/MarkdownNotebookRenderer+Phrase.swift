import CarebookCore

extension MarkdownNotebookRenderer {
    /// A phrase as Markdown: paragraphs, labelled fields as a list, and lists under the lines that head them.
    static func phrase(_ p: Phrase) -> String {
        PhraseBlock.blocks(p).map { block in
            switch block {
            case let .title(text):
                return "**" + TableRenderer.escape(text) + "**"
            case let .paragraph(text):
                return TableRenderer.escape(text)
            case let .fields(fields):
                return fields.map { "- *" + $0.label + ":* " + TableRenderer.escape($0.text) }.joined(separator: "\n")
            case let .list(head, items):
                let lines = items.map { TableRenderer.escape($0) }
                guard let head else { return lines.map { "- " + $0 }.joined(separator: "\n") }
                return (["- " + TableRenderer.escape(head)] + lines.map { "  - " + $0 }).joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }
}

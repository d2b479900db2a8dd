import CarebookCore

extension HTMLNotebookRenderer {
    /// A phrase as HTML: paragraphs, a table of labelled fields, and lists under the lines that head them.
    static func phrase(_ p: Phrase) -> String {
        var out = ["<div class=\"phrase\">"]
        for block in PhraseBlock.blocks(p) {
            switch block {
            case let .title(text):
                out.append("<p class=\"record-title\">" + HTMLText.escape(text) + "</p>")
            case let .paragraph(text):
                out.append("<p>" + HTMLText.escape(text) + "</p>")
            case let .fields(fields):
                out.append("<table class=\"fields\"><tbody>")
                out += fields.map { "<tr><th>" + HTMLText.escape($0.label) + "</th><td>" + HTMLText.escape($0.text) + "</td></tr>" }
                out.append("</tbody></table>")
            case let .list(head, items):
                if let head { out.append("<p>" + HTMLText.escape(head) + "</p>") }
                out.append("<ul class=\"lines\">")
                out += items.map { "<li>" + HTMLText.escape($0) + "</li>" }
                out.append("</ul>")
            }
        }
        out.append("</div>")
        return out.joined(separator: "\n")
    }
}

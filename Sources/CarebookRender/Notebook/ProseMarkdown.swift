/// The small part of Markdown honoured in a script's comments, converted to HTML.
///
/// Blocks: `#` to `######` headings, paragraphs (lines joined; a blank comment line
/// ends one), `-`/`*`/`+` bulleted and `1.` numbered lists. Inline: `**strong**`,
/// `*emphasis*`/`_emphasis_`, `` `code` `` and `[text](address)` links (see
/// `ProseMarkdown.inline`). Everything else is escaped text.
public enum ProseMarkdown {
    /// One block of prose.
    public enum Block: Equatable, Sendable {
        case heading(level: Int, text: String)
        case paragraph(String)
        case list(ordered: Bool, items: [String])
    }

    /// The blocks of a piece of Markdown text.
    public static func blocks(_ markdown: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [String])?
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))); paragraph = [] }
            if let l = list { blocks.append(.list(ordered: l.ordered, items: l.items)); list = nil }
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty { flush(); continue }
            if let (level, text) = heading(line) {
                flush()
                blocks.append(.heading(level: level, text: text))
            } else if let (ordered, text) = listItem(line) {
                if !paragraph.isEmpty || (list != nil && list!.ordered != ordered) { flush() }
                list = (ordered, (list?.items ?? []) + [text])
            } else if list != nil, raw.first == " " {
                // An indented line continues the last list item.
                list!.items[list!.items.count - 1] += " " + line
            } else {
                if list != nil { flush() }
                paragraph.append(String(line))
            }
        }
        flush()
        return blocks
    }

    /// A heading line's level and text: `## Text` → (2, "Text"); nil for other lines.
    public static func heading(_ line: Substring) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        var text = String(rest.drop { $0 == " " })
        while text.last == " " || text.last == "#" { text.removeLast() }
        return (hashes, text)
    }

    /// `- item`, `* item`, `+ item` (bulleted) or `1. item`, `2) item` (numbered).
    static func listItem(_ line: Substring) -> (Bool, String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, String(line.dropFirst(2).drop { $0 == " " }))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < 4 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return (true, String(rest.dropFirst(2).drop { $0 == " " }))
    }

    /// The Markdown as HTML blocks (`<h2>`, `<p>`, `<ul>`…), headings shifted down by `headingOffset` levels.
    public static func html(_ markdown: String, headingOffset: Int = 1) -> String {
        blocks(markdown).map { block in
            switch block {
            case let .heading(level, text):
                let h = min(6, level + headingOffset)
                return "<h\(h)>" + inline(text) + "</h\(h)>"
            case let .paragraph(text):
                return "<p>" + inline(text) + "</p>"
            case let .list(ordered, items):
                let tag = ordered ? "ol" : "ul"
                return "<\(tag)>" + items.map { "<li>" + inline($0) + "</li>" }.joined() + "</\(tag)>"
            }
        }.joined(separator: "\n")
    }

    /// The text of the first heading of `level` (1 by default; nil: any level), if any.
    public static func firstTitle(_ markdown: String, level: Int? = 1) -> String? {
        for block in blocks(markdown) {
            if case let .heading(l, text) = block, level == nil || l == level { return text }
        }
        return nil
    }
}

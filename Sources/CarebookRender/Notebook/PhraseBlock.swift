import CarebookCore

/// A phrase grouped for a report: paragraphs, labelled fields, and lists under the line that heads them.
///
/// The Markdown and HTML renderers lay out the same blocks; a blank line only separates blocks.
enum PhraseBlock: Equatable {
    case title(String)
    case paragraph(String)
    /// `numerator`, `denominator`, `good when`, … and their text.
    case fields([Field])
    /// A line and the items indented under it (`children counted (12):` and the identifiers).
    case list(String?, [String])

    struct Field: Equatable {
        var label: String
        var text: String
    }

    /// The phrase's blocks, each part spelled by the one formatter (a published phrase's figures are words already).
    static func blocks(_ phrase: Phrase) -> [PhraseBlock] {
        var out: [PhraseBlock] = []
        for line in phrase.lines {
            let text = line.parts.map(NumberText.part).joined()
            switch line.style {
            case .plain where line.parts.isEmpty:
                continue
            case .plain:
                out.append(.paragraph(text))
            case .title:
                out.append(.title(text))
            case let .field(label):
                if case var .fields(fields)? = out.last {
                    fields.append(Field(label: label, text: text))
                    out[out.count - 1] = .fields(fields)
                } else {
                    out.append(.fields([Field(label: label, text: text)]))
                }
            case .item:
                switch out.last {
                case let .list(head, items)?: out[out.count - 1] = .list(head, items + [text])
                case let .paragraph(head)?: out[out.count - 1] = .list(head, [text])
                default: out.append(.list(nil, [text]))
                }
            }
        }
        return out
    }
}

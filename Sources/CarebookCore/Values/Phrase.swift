/// Prose with its figures kept typed: what `explain` says, and the summaries of plans, projections and backtests.
///
/// Core builds phrases; CarebookRender spells them for the terminal, Markdown and HTML (an explanation's
/// lines as a list), and under `:publish` suppresses the small counts in them as it does table cells.
/// The language reads a phrase as text: its text is what the one formatter spells (`Phrase.text`), so
/// `p.summary == "…"`, `in` and `+` see exactly what is shown.
public struct Phrase: Sendable {
    /// One piece of a line: words, or a figure that keeps its type until it is spelled.
    public enum Part: Sendable {
        case words(String)
        /// A count of children or records, with what it counts (`1 child`, `3 children`; no noun when both are
        /// empty); suppressed when small in a published report.
        case count(Int, one: String = "", many: String = "")
        /// A count of things that are not people (months, columns): never suppressed.
        case quantity(Int, one: String, many: String)
        /// A figure worked out from the data (`brief`: `3`, `52.35`); a small whole one is suppressed when published.
        case number(Double)
        case money(Money)
        case date(Day)
        /// An indicator's value in its unit (`12.1%`, `522`).
        case indicator(Double?, IndicatorUnit)
        /// A target or band limit in an indicator's unit: a policy figure, never suppressed.
        case target(Double, IndicatorUnit)
        /// An indicator's result with what it counted (`63 of 522, 12.1%`).
        case reading(IndicatorResult)
        /// Child identifiers, separated by spaces (withheld in a published report).
        case identifiers([String])
    }

    /// A line: a label (`numerator`), an item of a list, or plain; a line with no parts is a blank line.
    public struct Line: Sendable {
        public enum Style: Sendable, Equatable {
            case plain
            /// What the phrase is about (`8.2 % of looked-after children …`): a report shows it in bold.
            case title
            /// `numerator:   …`: the label, its colon and spaces to `Phrase.labelWidth`.
            case field(String)
            /// Indented by two under the line before (a list item; wrapped identifiers).
            case item
        }

        public var style: Style
        public var parts: [Part]

        public init(_ style: Style = .plain, _ parts: [Part]) {
            self.style = style
            self.parts = parts
        }

        public static func words(_ text: String, _ style: Style = .plain) -> Line { Line(style, [.words(text)]) }
        public static let blank = Line(.plain, [])
    }

    public var lines: [Line]

    public init(_ lines: [Line]) { self.lines = lines }

    /// A phrase of one line.
    public init(_ parts: [Part]) { self.lines = [Line(.plain, parts)] }

    /// A field label's column width: `denominator: ` and the values after it line up.
    public static let labelWidth = 13
    /// Identifiers wrap at this many characters.
    public static let identifierWidth = 96

    /// The phrase as plain text with every figure spelled by the one formatter: what the language reads.
    public var text: String { spelled { NumberText.part($0) } }

    /// The phrase as plain text lines, each part spelled by `part` (CarebookRender passes a published speller).
    public func spelled(_ part: (Part) -> String) -> String {
        textLines(part).joined(separator: "\n")
    }

    /// Plain text lines: labels padded, items indented, identifiers wrapped.
    public func textLines(_ part: (Part) -> String) -> [String] {
        var out: [String] = []
        for line in lines {
            let lead: String
            switch line.style {
            case .plain, .title: lead = ""
            case let .field(label): lead = Self.padded(label + ":")
            case .item: lead = "  "
            }
            if line.parts.count == 1, case let .identifiers(ids) = line.parts[0] {
                out += TextLayout.wrap(ids, separator: " ", width: Self.identifierWidth).map { lead + $0 }
            } else {
                out.append(lead + line.parts.map(part).joined())
            }
        }
        return out
    }

    /// A label and its colon, padded with spaces to `labelWidth`.
    public static func padded(_ label: String) -> String {
        label + String(repeating: " ", count: max(1, labelWidth - label.count))
    }
}

extension Phrase: CustomStringConvertible {
    public var description: String { text }
}

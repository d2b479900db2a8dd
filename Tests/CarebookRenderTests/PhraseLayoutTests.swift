import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import CarebookCore
@testable import CarebookRender

/// A phrase laid out for a report: paragraphs, a table of labelled fields, lists under the lines that head them;
/// in a record field, the nested list that method text has always been.
final class PhraseLayoutTests: XCTestCase {
    let explain = Phrase([
        .words("8.2 Placements", .title), .blank, .words("A definition & more."), .blank,
        .words("three or more", .field("numerator")),
        .words("looked after", .field("denominator")),
        .blank,
        Phrase.Line(.plain, [.words("children counted ("), .count(2), .words("):")]),
        Phrase.Line(.item, [.identifiers(["A1", "B2"])]),
    ])

    func testBlocks() {
        XCTAssertEqual(PhraseBlock.blocks(explain), [
            .title("8.2 Placements"), .paragraph("A definition & more."),
            .fields([.init(label: "numerator", text: "three or more"), .init(label: "denominator", text: "looked after")]),
            .list("children counted (2):", ["A1 B2"]),
        ])
    }

    func testHTML() throws {
        let html = HTMLNotebookRenderer.value(.phrase(explain))
        XCTAssertEqual(html, """
            <div class="phrase">
            <p class="record-title">8.2 Placements</p>
            <p>A definition &amp; more.</p>
            <table class="fields"><tbody>
            <tr><th>numerator</th><td>three or more</td></tr>
            <tr><th>denominator</th><td>looked after</td></tr>
            </tbody></table>
            <p>children counted (2):</p>
            <ul class="lines">
            <li>A1 B2</li>
            </ul>
            </div>
            """)
        _ = try XMLDocument(xmlString: html)
    }

    func testMarkdown() {
        XCTAssertEqual(MarkdownNotebookRenderer.value(.phrase(explain)), """
            **8.2 Placements**

            A definition &amp; more.

            - *numerator:* three or more
            - *denominator:* looked after

            - children counted (2):
              - A1 B2
            """)
    }

    func testAPhraseInARecordFieldIsLaidOutAsItsTextWouldBe() {
        // A one-line phrase is a row of the fields table; a longer one the nested list method text has always been
        // (NotebookReportTests): the same Markdown and HTML as the record with the phrase's text in its place.
        let method = Phrase([.words("stepped monthly"), .words("rates:"), .words("admissions a month", .item)])
        let summary = Phrase([.number(652), .words(" → "), .number(698.7)])
        let typed = Record(title: "projection", fields: [("summary", .phrase(summary)), ("method", .phrase(method))])
        let text = Record(title: "projection", fields: [("summary", .text("652 → 698.7")),
                                                        ("method", .text("stepped monthly\nrates:\n  admissions a month"))])
        XCTAssertEqual(MarkdownNotebookRenderer.record(typed), MarkdownNotebookRenderer.record(text))
        XCTAssertEqual(HTMLNotebookRenderer.record(typed), HTMLNotebookRenderer.record(text))
        XCTAssertTrue(MarkdownNotebookRenderer.record(typed).contains("- rates:\n  - admissions a month"))
    }
}

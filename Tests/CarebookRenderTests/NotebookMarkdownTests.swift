import XCTest
@testable import CarebookRender

/// The Markdown-in-comments converter and the Markdown notebook renderer.
final class NotebookMarkdownTests: XCTestCase {
    func testBlocks() {
        let md = "# Title\nSome *text*\nacross lines.\n\n- one\n- two\n  continued\n1. first\n2) second\nAfter."
        XCTAssertEqual(ProseMarkdown.blocks(md), [
            .heading(level: 1, text: "Title"),
            .paragraph("Some *text* across lines."),
            .list(ordered: false, items: ["one", "two continued"]),
            .list(ordered: true, items: ["first", "second"]),
            .paragraph("After."),
        ])
    }

    func testHeadingsNeedASpaceAndShiftDownInHTML() {
        XCTAssertEqual(ProseMarkdown.html("## Plans ##"), "<h3>Plans</h3>")
        XCTAssertEqual(ProseMarkdown.html("#hashtag"), "<p>#hashtag</p>")
        XCTAssertEqual(ProseMarkdown.firstTitle("intro\n\n## Not this\n# This one"), "This one")
    }

    func testInline() {
        XCTAssertEqual(ProseMarkdown.inline("**bold** and *it* and _it_ and `a < b`"),
                       "<strong>bold</strong> and <em>it</em> and <em>it</em> and <code>a &lt; b</code>")
        XCTAssertEqual(ProseMarkdown.inline("placement_group and weeks_in_care"), "placement_group and weeks_in_care")
        XCTAssertEqual(ProseMarkdown.inline("3 * 4 * 5"), "3 * 4 * 5")
        XCTAssertEqual(ProseMarkdown.inline("Tom & \"Jerry\" <x>"), "Tom &amp; &quot;Jerry&quot; &lt;x&gt;")
    }

    func testLinksStayInsideTheFile() {
        XCTAssertEqual(ProseMarkdown.inline("see [notes](notes.html#a)"), "see <a href=\"notes.html#a\">notes</a>")
        XCTAssertEqual(ProseMarkdown.inline("[DfE](https://www.gov.uk/x)"), "<span class=\"link\">DfE</span> (www.gov.uk/x)")
        XCTAssertEqual(ProseMarkdown.inline("[x](javascript:alert(1))").contains("href"), false)
        XCTAssertEqual(LinkTarget("//cdn.example/x.js"), .web("//cdn.example/x.js"))
        XCTAssertEqual(LinkTarget("../DOMAIN.md"), .relative("../DOMAIN.md"))
    }

    func testMarkdownNotebook() {
        let table = Table(columns: [
            Column(name: "age_band", storage: .text(codes: [0, 1], dictionary: ["Under 1", "1|4"])),
            Column(name: "children", storage: .numbers([34, 70], percent: false)),
        ])
        let notebook = Notebook(title: "Sufficiency", asat: Day.parse("2017-06-30"),
                                sources: [DataSource(path: "lac.csv", sha256: "ab12", bytes: 1234)], version: "9.9.9",
                                cells: [.prose("Intro with *emphasis*.\n# Section"), .code("count lac", line: 3),
                                        .result(.value(.number(522))), .code("lac by age_band", line: 4),
                                        .result(.value(.table(table))), .code("oops", line: 5),
                                        .error("error: no name `oops`"), .result(.message("as at 2017-06-30"))],
                                notices: ["Small numbers suppressed."])
        let expected = """
        # Sufficiency

        *As at 30 June 2017.*

        > Small numbers suppressed.

        Intro with *emphasis*.
        ## Section

        ```carebook
        count lac
        ```

        ```text
        522
        ```

        ```carebook
        lac by age_band
        ```

        | age band | children |
        | :--- | ---: |
        | Under 1 | 34 |
        | 1\\|4 | 70 |

        ```carebook
        oops
        ```

        ```text
        error: no name `oops`
        ```

        ```text
        as at 2017-06-30
        ```

        ## Data

        Files read, with their SHA-256 fingerprints:

        - `lac.csv` sha256:`ab12` (1,234 bytes)

        ---

        as at 30 June 2017 · carebook 9.9.9.

        """
        XCTAssertEqual(notebook.render(with: MarkdownNotebookRenderer()), expected)
        XCTAssertEqual(notebook.errorCount, 1)
    }

    func testFenceOutlastsBackticksInside() {
        XCTAssertEqual(MarkdownNotebookRenderer.fence("a ``` b", info: "text"), "````text\na ``` b\n````")
    }

    func testLongTablesAreCutWithANote() {
        let t = Table(columns: [Column(name: "n", storage: .numbers((0..<600).map(Double.init), percent: false))])
        let md = MarkdownNotebookRenderer.table(t)
        XCTAssertTrue(md.hasSuffix("*… 100 more rows not shown (600 in all).*"), String(md.suffix(80)))
        XCTAssertEqual(md.split(separator: "\n").filter { $0.hasPrefix("| ") }.count, 502, "header, rule and 500 rows")
    }
}

import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import CarebookRender

/// Links in prose go only to web, mail and relative targets; data cannot bring raw HTML into a report.
final class ReportLinkAndEscapeTests: XCTestCase {
    func testLinkTargetsAfterRemovingControlAndWhiteSpace() {
        XCTAssertEqual(LinkTarget("java\tscript:alert(1)"), .refused)
        XCTAssertEqual(LinkTarget("\u{01}javascript:alert(1)"), .refused)
        XCTAssertEqual(LinkTarget(" JavaScript:alert(1)"), .refused)
        XCTAssertEqual(LinkTarget("java\nscript:alert(1)"), .refused)
        XCTAssertEqual(LinkTarget("java\u{7F}script:x"), .refused)
        XCTAssertEqual(LinkTarget("data:text/html,<b>"), .refused)
        XCTAssertEqual(LinkTarget("vbscript:x"), .refused)
        XCTAssertEqual(LinkTarget("\\\\evil.example\\x"), .refused)
        XCTAssertEqual(LinkTarget("HTTPS://www.gov.uk/x"), .web("HTTPS://www.gov.uk/x"))
        XCTAssertEqual(LinkTarget("ht tp://a.b"), .web("http://a.b"))
        XCTAssertEqual(LinkTarget("mailto:pa@example.org"), .web("mailto:pa@example.org"))
        XCTAssertEqual(LinkTarget("notes.html#a"), .relative("notes.html#a"))
        XCTAssertEqual(LinkTarget("dir/a:b.md"), .relative("dir/a:b.md"), "a colon after a slash is not a scheme")
    }

    func testHTMLProseLinks() {
        XCTAssertEqual(ProseMarkdown.inline("[x](java\tscript:alert)"), "<span class=\"link\">x</span>")
        XCTAssertEqual(ProseMarkdown.inline("[x](\u{01}javascript:alert)"), "<span class=\"link\">x</span>")
        XCTAssertEqual(ProseMarkdown.inline("[mail](mailto:a@b.org)"), "<span class=\"link\">mail</span> (mailto:a@b.org)")
        XCTAssertEqual(ProseMarkdown.inline("[n](notes .html)"), "<a href=\"notes.html\">n</a>")
    }

    func testMarkdownProseLinks() {
        XCTAssertEqual(MarkdownLinks.sanitize("see [x](java\tscript:alert) now"), "see x now")
        XCTAssertEqual(MarkdownLinks.sanitize("see [x](\u{01}javascript:alert)"), "see x")
        XCTAssertEqual(MarkdownLinks.sanitize("[DfE](https://www.gov.uk/x) and [n](notes.md)"),
                       "[DfE](https://www.gov.uk/x) and [n](notes.md)")
        XCTAssertEqual(MarkdownLinks.sanitize("<javascript:alert(1)>"), "&lt;javascript:alert(1)&gt;")
        XCTAssertEqual(MarkdownLinks.sanitize("<https://a.b/c>"), "<https://a.b/c>")
        XCTAssertEqual(MarkdownLinks.sanitize("[ref]: java\tscript:alert(1)"), "ref")
        XCTAssertEqual(MarkdownLinks.sanitize("[ref]: https://a.b"), "[ref]: https://a.b")
        let notebook = Notebook(title: "t", version: "9", cells: [.prose("a [x](JAVA\tSCRIPT:alert(1) b")])
        XCTAssertFalse(notebook.render(with: MarkdownNotebookRenderer()).lowercased().contains("script:"))
    }

    func testMarkdownCellsEscapeRawHTML() {
        var b = TextColumnBuilder()
        b.append("<script>alert(1)</script>")
        b.append("R&D | <img src=x onerror=alert(1)>")
        let t = Table(columns: [Column(name: "note", storage: b.storage)])
        let md = Notebook(title: "t", version: "9", cells: [.result(.value(.table(t)))]).render(with: MarkdownNotebookRenderer())
        XCTAssertTrue(md.contains("| &lt;script&gt;alert(1)&lt;/script&gt; |"), md)
        XCTAssertTrue(md.contains("| R&amp;D \\| &lt;img src=x onerror=alert(1)&gt; |"), md)
        XCTAssertFalse(md.contains("<script") || md.contains("<img"))
        let shell = TableRenderer.render(t, options: RenderOptions(mode: .markdown))
        XCTAssertTrue(shell.contains("&lt;script&gt;"), "the shell's markdown mode too")
    }

    func testControlCharactersKeepHTMLWellFormed() {
        var b = TextColumnBuilder()
        b.append("a\u{01}b\u{1B}[31m")
        let t = Table(columns: [Column(name: "cell", storage: b.storage)])
        let notebook = Notebook(title: "x\u{02}", version: "9",
                                cells: [.prose("p\u{01}q [x](\u{01}javascript:alert(1))"), .result(.value(.table(t))),
                                        .result(.message("m\u{07}")), .error("e\u{00}")])
        let html = notebook.render(with: HTMLNotebookRenderer())
        XCTAssertNil(NotebookHTMLTests.xmlError(html), "well-formed XML")
        XCTAssertFalse(html.contains("href=\"javascript") || html.unicodeScalars.contains { $0.value < 0x09 })
    }
}

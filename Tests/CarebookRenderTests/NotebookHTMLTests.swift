import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import CarebookRender

/// The HTML notebook: well-formed, self-contained, aligned, with charts as SVG.
final class NotebookHTMLTests: XCTestCase {
    /// Parses `html` as XML (after the doctype) and returns the parser's error, if any.
    static func xmlError(_ html: String) -> Error? {
        let body = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        let parser = XMLParser(data: Data(body.utf8))
        return parser.parse() ? nil : (parser.parserError ?? NSError(domain: "xml", code: 1))
    }

    /// Fails when the HTML refers to anything outside itself.
    static func assertSelfContained(_ html: String, file: StaticString = #filePath, line: UInt = #line) {
        for needle in ["http://", "https://", "src=", "<script", "<link", "@import", "url("] {
            XCTAssertFalse(html.lowercased().contains(needle), "HTML contains \(needle)", file: file, line: line)
        }
    }

    func sample() -> Notebook {
        var name = TextColumnBuilder(), place = TextColumnBuilder()
        ["FGC <pilot>", "MST & co"].forEach { name.append($0) }
        ["1A", "2"].forEach { place.append($0) }
        var ledger = Table(columns: [Column(name: "line", storage: place.storage), Column(name: "initiative", storage: name.storage),
                                     Column(name: "net", storage: .money([-9_800_000, 27_000_000]))], origin: "ledger lines")
        ledger.moneyStyle = .accounting
        let chartData = Table(columns: [Column(name: "month", storage: .dates([17347, 17378, 17408])),
                                        Column(name: "lac", storage: .numbers([480, 490, .nan], percent: false))])
        let chart = Chart(kind: .line, title: "LAC", data: chartData)
        let plan = Record(title: "plan", fields: [("children", .number(21)), ("saving", .money(Money(pounds: 3_200_000))),
                                                  ("by_group", .table(ledger))])
        return Notebook(title: "Report \"one\" & <two>", asat: Day.parse("2017-06-30"),
                        sources: [DataSource(path: "a&b.csv", sha256: "ff", bytes: 3)], version: "0.1.0",
                        cells: [.prose("# Money\nSee [gov](https://www.gov.uk) and **this**."),
                                .code("ledger(x).lines", line: 2), .result(.value(.table(ledger))),
                                .result(.value(.chart(chart))), .result(.value(.record(plan))),
                                .result(.value(.text("a <b>"))), .error("error: x < y")],
                        notices: ["Suppressed."])
    }

    func testWellFormedAndSelfContained() {
        let html = sample().render(with: HTMLNotebookRenderer())
        XCTAssertNil(Self.xmlError(html))
        Self.assertSelfContained(html)
        XCTAssertTrue(html.contains("<title>Report &quot;one&quot; &amp; &lt;two&gt;</title>"))
        XCTAssertTrue(html.contains("<h2>Money</h2>"), "prose headings sit under the title")
        XCTAssertTrue(html.contains("<pre class=\"error\" role=\"alert\">error: x &lt; y</pre>"))
        XCTAssertTrue(html.contains("<footer>") && html.contains("a&amp;b.csv") && html.contains("carebook 0.1.0"))
        XCTAssertTrue(html.contains("As at 30 June 2017"))
        XCTAssertTrue(html.contains("@page { size: A4;"))
    }

    func testLedgerMoneyKeepsBracketsAndNumbersAreRightAligned() {
        let html = sample().render(with: HTMLNotebookRenderer())
        XCTAssertTrue(html.contains("<td class=\"num\">(£98,000)</td>"), "accounting brackets in a ledger")
        XCTAssertTrue(html.contains("<td class=\"short\">1A</td>"), "codes stay left-aligned (and, short, on one line)")
        XCTAssertTrue(html.contains("<th class=\"num\">net</th>"))
        XCTAssertTrue(html.contains("th.num, td.num { text-align: right; }"))
        XCTAssertTrue(html.contains("<td class=\"short\">FGC &lt;pilot&gt;</td>"))
    }

    func testChartIsInlineSVGWithAxesTicksAndLegend() {
        let html = sample().render(with: HTMLNotebookRenderer())
        XCTAssertTrue(html.contains("<figure class=\"chart\">\n<svg viewBox=\"0 0 720 360\""))
        XCTAssertTrue(html.contains(">Jul 2017</text>") && html.contains(">Aug 2017</text>"), "month ticks at month starts")
        XCTAssertTrue(html.contains(">lac</text>"), "legend")
        XCTAssertTrue(html.contains("<polyline"), "a line")
        XCTAssertEqual(html.components(separatedBy: "<circle").count - 1, 2, "the empty month is a gap, not a point")
        XCTAssertTrue(html.contains(">500</text>") && html.contains(">0</text>"), "y ticks")
    }

    func testBarChartAndTicks() {
        XCTAssertEqual(SVGFrame.niceTicks(low: 0, high: 472), [0, 100, 200, 300, 400, 500])
        XCTAssertEqual(SVGFrame.niceTicks(low: -30, high: 80), [-50, 0, 50, 100])
        XCTAssertEqual(SVGFrame.tickLabel(1_500_000, .money), "£1.5m")
        XCTAssertEqual(SVGFrame.tickLabel(250_000, .money), "£250k")
        var groups = TextColumnBuilder()
        ["Under 1", "1–4"].forEach { groups.append($0) }
        let data = Table(columns: [Column(name: "age_band", storage: groups.storage),
                                   Column(name: "children", storage: .numbers([34, 70], percent: false)),
                                   Column(name: "cost", storage: .money([100, 200]))])
        let chart = Chart(kind: .bar, title: "", data: data)
        let svg = SVGChart.render(chart)
        XCTAssertNil(Self.xmlError(svg))
        XCTAssertEqual(svg.components(separatedBy: "<rect").count - 1, 1 + 2 + 4, "background, two swatches, four bars")
        XCTAssertTrue(svg.contains("<title>1–4: 70</title>") && svg.contains("<title>Under 1: £1</title>"))
    }

    func testTerminalChartDrawsTheSameData() {
        let data = Table(columns: [Column(name: "month", storage: .dates([17347, 17378])),
                                   Column(name: "lac", storage: .numbers([480, 490], percent: false))])
        let text = ValueFormatter.text(.chart(Chart(kind: .line, title: "LAC", data: data)))
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "LAC")
        XCTAssertTrue(lines.contains { $0.hasPrefix("500 ┤") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("  0 ┤") })
        XCTAssertEqual(lines.last, "● lac")
        XCTAssertTrue(text.contains("Jun 2017") && text.contains("Jul 2017"))
        XCTAssertEqual(text.filter { $0 == "●" }.count, 3, "two points and the legend")
    }

    func testLongTablesScrollOnScreenAndNoteTheRest() {
        let t = Table(columns: [Column(name: "n", storage: .numbers((0..<30).map(Double.init), percent: false))])
        let html = HTMLNotebookRenderer.table(t)
        XCTAssertTrue(html.hasPrefix("<div class=\"table-wrap long\">"))
        XCTAssertTrue(html.hasSuffix("<p class=\"table-note\">30 rows</p>"))
    }
}

import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import CarebookRender

/// A report a manager could send on: loads in a Data section at the end, wide tables by date as a
/// chart and a compact table, method text as a list, dates kept whole.
final class NotebookReportTests: XCTestCase {
    /// `header.csv` loaded as an SSDA903 header of 11 rows: 11 children, no episodes yet, one file.
    private let loaded = NotebookDataTests.summary("header.csv", name: "header", rows: 11, kind: .ssda903(.header),
                                                   care: NotebookDataTests.care(children: 11, episodes: 0, files: 1))

    private func notebook(_ cells: [NotebookCell]) -> Notebook {
        Notebook(title: "Sufficiency", sources: [DataSource(path: "header.csv", sha256: "ab12", bytes: 325)],
                 version: "9.9.9", cells: cells)
    }

    func testLoadsLeaveTheBodyForTheDataSectionAndAFailedLoadStaysInPlace() {
        let report = NotebookReport(notebook([
            .code("load \"header.csv\"", line: 2), .result(.loaded(loaded)),
            .prose("Intro."), .code("count lac", line: 4), .result(.value(.number(522))),
            .code("load \"missing.csv\" as m", line: 5), .error("error: cannot read missing.csv"),
        ]))
        XCTAssertEqual(report.loads.map(\.code), ["load \"header.csv\""])
        XCTAssertEqual(report.loads.first?.summaries, [loaded])
        // The body: the prose and the count, then the failed load with its error, in place.
        XCTAssertEqual(report.cells.count, 5)
        guard case .prose("Intro.") = report.cells[0], case .code("load \"missing.csv\" as m", _) = report.cells[3],
              case .error = report.cells[4] else { return XCTFail("\(report.cells)") }
    }

    func testHTMLPutsTheDataSectionAfterTheBodyAndBeforeTheFooter() throws {
        let html = notebook([.code("load \"header.csv\"", line: 2), .result(.loaded(loaded)), .prose("Intro."),
                             .code("count lac", line: 4), .result(.value(.number(522)))])
            .render(with: HTMLNotebookRenderer())
        let main = try XCTUnwrap(html.range(of: "</main>")), data = try XCTUnwrap(html.range(of: "<h2>Data</h2>"))
        let footer = try XCTUnwrap(html.range(of: "<footer>"))
        XCTAssertTrue(main.upperBound <= data.lowerBound && data.upperBound <= footer.lowerBound)
        let body = String(html[..<main.lowerBound]), section = String(html[data.lowerBound..<footer.lowerBound])
        XCTAssertFalse(body.contains("load &quot;header.csv&quot;"))
        XCTAssertTrue(section.contains("<tr><td class=\"path\">header.csv</td><td>header</td><td>SSDA903 header</td><td class=\"num\">11</td></tr>"))
        XCTAssertTrue(section.contains("<p class=\"care\">Care data as loaded: 11 children, 0 episodes, from 1 file.</p>"))
        XCTAssertTrue(section.contains("<td class=\"sha\">ab12</td>"))
        // Prose first: the first thing in the body after the header is the prose.
        let afterHeader = body[try XCTUnwrap(body.range(of: "<main>")).upperBound...]
        XCTAssertTrue(afterHeader.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<div class=\"prose\">"))
        _ = try XMLDocument(xmlString: html.replacingOccurrences(of: "<!DOCTYPE html>", with: ""))
    }

    /// A projection's months: 8 columns (month, 5 groups, total, a cost) are drawn as a chart of the 6
    /// count series, and tabulated as month, total and the cost.
    func testAWideTableByMonthBecomesAChartAndACompactTable() throws {
        let months = Column(name: "month", storage: .dates([17_347, 17_377, 17_408].map { Int64($0) }))
        var columns = [months]
        for g in ["a", "b", "c", "d", "e"] { columns.append(Column(name: g, storage: .numbers([1, 2, 3], percent: false))) }
        columns.append(Column(name: "total", storage: .numbers([5, 10, 15], percent: false)))
        columns.append(Column(name: "weekly_cost", storage: .money([100, 200, 300])))
        let table = Table(columns: columns, rowCount: 3)
        let (chart, compact) = try XCTUnwrap(NotebookSeries.split(table))
        // Six short names fit the legend (16 + 72 for total + 5 × 44 = 308 ≤ 704): the total first, then all five.
        XCTAssertEqual(chart.series.map(\.name), ["total", "a", "b", "c", "d", "e"])
        XCTAssertEqual(chart.series.first?.values, [5, 10, 15])
        XCTAssertNil(chart.note)
        XCTAssertEqual(chart.kind, .line)
        XCTAssertEqual(compact.columnNames, ["month", "total", "weekly_cost"])
        XCTAssertEqual(compact.rowCount, 3)
        // Narrow tables, and tables not by date, are left as they are.
        XCTAssertNil(NotebookSeries.split(Table(columns: Array(columns.prefix(4)), rowCount: 3)))
        XCTAssertNil(NotebookSeries.split(Table(columns: Array(columns.dropFirst()), rowCount: 3)))

        let record = Record(title: "projection", fields: [("months", .table(table)), ("method", .text("stepped monthly\nrates:\n  admissions a month\n  leaving a month\nscenario: baseline"))])
        let html = HTMLNotebookRenderer.value(.record(record))
        XCTAssertTrue(html.contains("<figure class=\"chart\">"))
        XCTAssertTrue(html.contains("<th class=\"date\">month</th><th class=\"num\">total</th><th class=\"num\">weekly cost</th>"), html)
        XCTAssertFalse(html.contains("<th class=\"num\">a</th>"))
        XCTAssertTrue(html.contains("<td class=\"date\">"))
        // The method as a list, the indented lines nested under the line before them.
        XCTAssertTrue(html.contains("""
            <ul class="lines">
            <li>stepped monthly</li>
            <li>rates:
            <ul><li>admissions a month</li>
            <li>leaving a month</li>
            </ul></li>
            <li>scenario: baseline</li>
            </ul>
            """), html)
        _ = try XMLDocument(xmlString: "<div>" + html + "</div>")

        // Markdown too: the chart (as the terminal draws it) and the compact table, not the 8 columns.
        let md = MarkdownNotebookRenderer.value(.record(record))
        XCTAssertTrue(md.contains("| month | total | weekly cost |"), md)
        XCTAssertFalse(md.contains("| a |"), md)
        XCTAssertTrue(md.contains("```text\nBy month"), md)
    }

    /// In HTML a text column of short cells (at most `NotebookTable.shortText` wide) is kept on one line;
    /// a column with a longer cell may wrap.
    func testShortTextCellsDoNotWrapInHTML() {
        let t = Table(columns: [Column(name: "age_band", storage: .text(codes: [0, 1], dictionary: ["Under 1", "16+"])),
                                Column(name: "note", storage: .text(codes: [0, 1], dictionary: ["short", String(repeating: "x", count: 23)]))],
                      rowCount: 2)
        let html = HTMLNotebookRenderer.table(t)
        XCTAssertTrue(html.contains("<tr><td class=\"short\">Under 1</td><td>short</td></tr>"), html)
        XCTAssertTrue(NotebookStyle.css.contains("td.short"))
        // A one-word header with a hyphen is kept whole (`May-19` broke after `May-` on A4); longer headers may wrap.
        let months = Table(columns: [Column(name: "May-19", storage: .numbers([1], percent: false)),
                                     Column(name: "admissions_a_month", storage: .numbers([2], percent: false))], rowCount: 1)
        XCTAssertTrue(HTMLNotebookRenderer.table(months).contains("<th class=\"num word\">May-19</th><th class=\"num\">admissions a month</th>"))
    }

    /// Long group names: only as many as the legend's one row holds are drawn, the largest at the end first.
    func testAChartOfManyLongColumnsDrawsTheTotalAndTheLargest() throws {
        let months = Column(name: "month", storage: .dates([17_347, 17_377].map { Int64($0) }))
        let groups = (1...8).map { k in
            Column(name: "placement group number \(k)", storage: .numbers([1, Double(k)], percent: false))
        }
        let total = Column(name: "total", storage: .numbers([8, 36], percent: false))
        let (chart, _) = try XCTUnwrap(NotebookSeries.split(Table(columns: [months] + groups + [total], rowCount: 2)))
        // total: 17 + 35 + 20 = 72 → x 88; each group name is 24 letters: 17 + 168 + 20 = 205 → 293, 498, 703 (the
        // last ends at 683 ≤ 704), a fourth would end at 888.
        XCTAssertEqual(chart.series.map(\.name), ["total", "placement group number 8", "placement group number 7",
                                                  "placement group number 6"])
        XCTAssertEqual(chart.note, "4 of the 9 columns drawn: total and the largest at the end")
    }

    func testMethodTextIsAListInMarkdownToo() {
        let record = Record(title: "projection", fields: [("summary", .text("652 → 698.7")),
                                                          ("method", .text("stepped monthly\nrates:\n  admissions a month\nscenario: a < b"))])
        XCTAssertEqual(MarkdownNotebookRenderer.record(record), """
            **projection**

            | field | value |
            | :--- | :--- |
            | summary | 652 → 698.7 |

            *method*

            - stepped monthly
            - rates:
              - admissions a month
            - scenario: a &lt; b
            """)
    }

    func testDatesDoNotWrapInTheStyleSheet() {
        XCTAssertTrue(NotebookStyle.css.contains("td.num, td.date, td.short, th.word, .asat { white-space: nowrap; }"))
    }
}

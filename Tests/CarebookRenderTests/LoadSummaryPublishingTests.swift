import XCTest
@testable import CarebookCore
@testable import CarebookRender

/// A load as published and reported: its typed summary kept while publishing leaves its text as it was,
/// its text (suppressed, IDs withheld) otherwise; the report's Data section carries the summary.
final class LoadSummaryPublishingTests: XCTestCase {
    /// `people.csv` with `rows` good rows of two columns.
    func summary(rows: Int) -> LoadSummary {
        let text = "name,n\n" + (0..<rows).map { "p\($0),\($0)\n" }.joined()
        guard case let .success(csv) = CSVReader.parse(bytes: Array(text.utf8), name: "people.csv") else { fatalError("no parse") }
        return LoadSummary(LoadedFile(path: "people.csv", resolvedPath: "/x/people.csv", name: "people", cacheKey: nil),
                           csv: csv, kind: .table)
    }

    func testALoadPublishingLeavesAloneStaysTyped() {
        let s = summary(rows: 12)
        XCTAssertEqual(s.text, "loaded people.csv as people: 12 rows × 2 columns\n  name text · n number")
        guard case let .loaded(published) = Suppression().apply(to: .loaded(s)) else { return XCTFail("not typed") }
        XCTAssertEqual(published, s)
    }

    func testALoadWithASmallCountBecomesItsSuppressedText() {
        // 3 rows is below the threshold of 5: "3 rows" is shown as "c rows", so the typed summary cannot stand.
        guard case let .message(m) = Suppression().apply(to: .loaded(summary(rows: 3))) else { return XCTFail("still typed") }
        XCTAssertEqual(m, "loaded people.csv as people: \(Suppression.mark) rows × 2 columns\n  name text · n number")
    }

    func testALoadNamingAChildHasTheIDWithheld() {
        let screen = IdentifierScreen(identifiers: ["people"])
        guard case let .message(m) = screen.apply(to: .loaded(summary(rows: 12))) else { return XCTFail("still typed") }
        XCTAssertEqual(m, "loaded \(IdentifierScreen.withheld).csv as \(IdentifierScreen.withheld): 12 rows × 2 columns\n  name text · n number")
    }

    func testTheReportsDataSectionCarriesTheSummary() {
        let s = summary(rows: 12)
        let report = NotebookReport(Notebook(title: "t", sources: [], version: "1", cells: [
            .code("load \"people.csv\"", line: 1), .result(.loaded(s)), .prose("Intro."),
        ]))
        XCTAssertEqual(report.loads.map(\.summaries), [[s]])
        XCTAssertEqual(report.loads.first?.warnings, [])
        XCTAssertEqual(report.cells.count, 1)
    }
}

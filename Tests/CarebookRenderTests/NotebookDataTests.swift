import XCTest
@testable import CarebookCore
@testable import CarebookRender

/// A report's Data section laid out from the loads' typed summaries: a table of files, the care data set
/// as the loads left it, what was counted loading it, fingerprints; counts suppressed when published.
final class NotebookDataTests: XCTestCase {
    /// A load summary for `path`, bound to `name`, of `rows` rows of `columns` columns.
    static func summary(_ path: String, name: String, rows: Int, columns: Int = 4, skipped: Int = 0,
                        kind: LoadSummary.Kind = .table, care: CareDataSummary? = nil) -> LoadSummary {
        let header = (0..<columns).map { "c\($0)" }.joined(separator: ",")
        let body = (0..<rows).map { r in (0..<columns).map { _ in String(r) }.joined(separator: ",") + "\n" }.joined()
        guard case let .success(csv) = CSVReader.parse(bytes: Array((header + "\n" + body).utf8), name: path) else {
            fatalError("no parse")
        }
        var s = LoadSummary(LoadedFile(path: path, resolvedPath: "/x/" + path, name: name, cacheKey: nil), csv: csv, kind: kind, care: care)
        s.skippedCount = skipped
        return s
    }

    /// A care data set of `children` and `episodes` from `files` files; with episodes, from 01/03/2014 to 15/03/2017.
    static func care(children: Int, episodes: Int, files: Int, excluded: [CareDataSummary.RuleCount] = [],
                     repairs: [CareRepair] = []) -> CareDataSummary {
        let span = episodes == 0 ? nil : DayRange(from: Day(year: 2014, month: 3, day: 1)!, to: Day(year: 2017, month: 3, day: 15)!)
        return CareDataSummary(children: children, episodes: episodes, span: span, files: files, excluded: excluded,
                               repairs: repairs, childrenWithoutDOB: 0, warnings: [])
    }

    /// Two SSDA903 files and a plan table that skipped a malformed row; the care data as the episodes left it.
    private func notebook(children: Int = 11) -> Notebook {
        let excluded = [CareDataSummary.RuleCount(rule: "147", count: 3, outcome: .excluded)]
        let loads: [(String, LoadSummary)] = [
            ("load \"header.csv\"", Self.summary("header.csv", name: "header", rows: children, kind: .ssda903(.header),
                                                 care: Self.care(children: children, episodes: 0, files: 1))),
            ("load \"episodes.csv\"", Self.summary("episodes.csv", name: "episodes", rows: 24, kind: .ssda903(.episodes),
                                                   care: Self.care(children: children, episodes: 24, files: 2, excluded: excluded,
                                                                   repairs: [CareRepair(kind: .duplicateEpisodeRemoved, count: 2)]))),
            ("load \"plans.csv\" as plans", Self.summary("plans.csv", name: "plans", rows: 3, skipped: 1)),
        ]
        var cells: [NotebookCell] = [.prose("Intro.")]
        for (code, s) in loads { cells += [.code(code, line: 1), .result(.loaded(s))] }
        cells.insert(.warning("warning: plans.csv: 1 malformed row skipped"), at: cells.count - 1)
        return Notebook(title: "t", sources: [DataSource(path: "header.csv", sha256: "ab12", bytes: 1234)],
                        version: "1", cells: cells)
    }

    func testMarkdownLaysTheDataOutAsATable() throws {
        let md = notebook().render(with: MarkdownNotebookRenderer())
        let start: Range<String.Index> = try XCTUnwrap(md.range(of: "## Data"))
        let data = String(md[start.lowerBound...])
        XCTAssertTrue(data.hasPrefix("""
            ## Data

            | file         | as       | read as          | rows | skipped |
            | :----------- | :------- | :--------------- | ---: | ------: |
            | header.csv   | header   | SSDA903 header   |   11 |       0 |
            | episodes.csv | episodes | SSDA903 episodes |   24 |       0 |
            | plans.csv    | plans    | table, 4 columns |    3 |       1 |

            Care data as loaded: 11 children, 24 episodes, 01/03/2014 to 15/03/2017, from 2 files.

            - Excluded (left out of every count): 3 × DEC not a valid date (rule 147).
            - Repaired: 2 duplicate episodes removed.
            - warning: plans.csv: 1 malformed row skipped

            Files read, with their SHA-256 fingerprints:

            - `header.csv` sha256:`ab12` (1,234 bytes)
            """), data)
        // Nothing of the loads is left in the body.
        XCTAssertFalse(md[..<start.lowerBound].contains("load "))
    }

    func testHTMLLaysTheDataOutAsATable() {
        let html = notebook().render(with: HTMLNotebookRenderer())
        XCTAssertTrue(html.contains("<table class=\"loads\"><thead><tr><th class=\"path\">file</th><th>as</th><th>read as</th>"
                                    + "<th class=\"num\">rows</th><th class=\"num\">skipped</th></tr></thead><tbody>"), html)
        XCTAssertTrue(html.contains("<tr><td class=\"path\">plans.csv</td><td>plans</td><td>table, 4 columns</td>"
                                    + "<td class=\"num\">3</td><td class=\"num\">1</td></tr>"))
        XCTAssertTrue(html.contains("<p class=\"care\">Care data as loaded: 11 children, 24 episodes, 01/03/2014 to 15/03/2017, from 2 files.</p>"))
        XCTAssertTrue(html.contains("<li>Repaired: 2 duplicate episodes removed.</li>"))
    }

    /// Reference files read as what they now set, without "(now in use)": the section is about the files.
    func testReferenceFilesAreNamedByWhatTheySet() {
        XCTAssertEqual(Self.summary("u.csv", name: "u", rows: 12, kind: .unitCosts(groups: 12)).readAs, "unit costs, 12 placement groups")
        XCTAssertEqual(Self.summary("d.csv", name: "d", rows: 12, kind: .districts(12)).readAs, "in-borough postcode districts")
        XCTAssertEqual(Self.summary("o.csv", name: "o", rows: 3, kind: .ssda903Table(.oc2)).readAs, "SSDA903 OC2 (outcomes) (kept as a table)")
    }

    /// Published: counts below 5 are `c` in the table and the care line (4 children, 3 plan rows, 1 skipped); 24 and 11 stay.
    func testAPublishedReportSuppressesSmallCountsInTheDataSection() {
        var nb = notebook(children: 4)
        nb.suppression = Suppression()
        let md = nb.render(with: MarkdownNotebookRenderer())
        XCTAssertTrue(md.contains("| header.csv   | header   | SSDA903 header   |    c |       0 |"), md)
        XCTAssertTrue(md.contains("| plans.csv    | plans    | table, 4 columns |    c |       c |"), md)
        XCTAssertTrue(md.contains("Care data as loaded: c children, 24 episodes, 01/03/2014 to 15/03/2017, from 2 files."))
    }

    /// A load is found by its typed result: a load whose summary publishing changed (a message) stays in the
    /// body; a statement written over two lines that loaded a file goes to the Data section.
    func testALoadIsFoundByItsResultNotItsCode() {
        let s = Self.summary("people.csv", name: "people", rows: 12)
        let report = NotebookReport(Notebook(title: "t", version: "1", cells: [
            .code("load \"a.csv\"", line: 1), .result(.message("loaded ▇▇▇.csv as a: 12 rows × 1 column")),
            .code("load \"people.csv\"\n  as people", line: 2), .result(.loaded(s)),
        ]))
        XCTAssertEqual(report.loads.map(\.code), ["load \"people.csv\"\n  as people"])
        XCTAssertEqual(report.cells.count, 2)
    }
}

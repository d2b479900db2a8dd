import XCTest
@testable import CarebookCore
import CarebookRender

/// The wording of load summaries: the counts are those `CareValidationTests.testSummaryCountsWhatWasExcluded`
/// finds in Tests/Fixtures/care/invalid-*.csv, so these lines are what loading those files says.
final class LoadSummaryTextTests: XCTestCase {
    typealias Count = CareDataSummary.RuleCount

    let care = CareDataSummary(
        children: 5, episodes: 13, span: DayRange(from: Day.civil(2009, 1, 1), to: Day.civil(2016, 6, 1)), files: 2,
        excluded: [Count(rule: "147", count: 1, outcome: .excluded), Count(rule: "INT32", count: 1, outcome: .excluded)],
        repairs: [CareRepair(kind: .openEpisodeClosed, count: 3), CareRepair(kind: .continuationMissing, count: 1),
                  CareRepair(kind: .invalidCodeKept, count: 2), CareRepair(kind: .endedWithoutReason, count: 1),
                  CareRepair(kind: .endBeforeStart, count: 1)],
        childrenWithoutDOB: 3,
        warnings: [Count(rule: "101", count: 1, outcome: .kept), Count(rule: "1009", count: 1, outcome: .kept)])

    func testCareSummarySaysWhatWasExcludedRepairedAndKept() {
        let lines = care.text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "SSDA903: 5 children, 13 episodes, 01/01/2009 to 01/06/2016 (2 files).")
        XCTAssertEqual(lines[1], "Excluded (left out of every count): 1 × DEC not a valid date (rule 147); 1 × child twice in the header (rule INT32).")
        XCTAssertEqual(lines[2], "Repaired: 3 open episodes closed at the next start.")
        // Interpretations in the kinds' own order (148, 356, 388, then the invalid codes), not the order counted.
        XCTAssertEqual(lines.filter { $0.hasPrefix("Kept: ") }.map { String($0.split(separator: "(").last!) },
                       ["rule 148).", "rule 356).", "rule 388).", "rules 143, 144, 149, 178)."])
        XCTAssertTrue(lines.contains("Kept: 1 × episode with an end date (DEC) but no reason for leaving (REC): kept as ended on its DEC, reason not known (rule 148)."))
        XCTAssertTrue(lines[lines.count - 2].hasPrefix("Age unknown: 3 children with no readable date of birth: counted, but in age band \"Unknown\""))
        XCTAssertEqual(lines.last, "Warnings: 1 × SEX not a valid code (rule 101); 1 × REASON_PLACE_CHANGE not a valid code (rule 1009).")
    }

    func testAPlainTableSaysItsRowsColumnsAndSkippedRows() {
        // One good row and seven with a field too many: five shown, two more counted.
        let text = "name,n\na,1\n" + String(repeating: "b,2,3\n", count: 7)
        guard case var .success(csv) = CSVReader.parse(bytes: Array(text.utf8), name: "t.csv") else { return XCTFail("no parse") }
        XCTAssertEqual(csv.skipped.first?.description, "t.csv:3: row has 3 fields, header has 2: skipped (every row must have one field per header column)")
        let file = LoadedFile(path: "t.csv", resolvedPath: "/x/t.csv", name: "t", cacheKey: nil)
        XCTAssertEqual(LoadSummary(file, csv: csv, kind: .table).text, """
            loaded t.csv as t: 1 row × 2 columns
              name text · n number
              skipped 7 malformed rows:
                \(csv.skipped[0])
                \(csv.skipped[1])
                \(csv.skipped[2])
                \(csv.skipped[3])
                \(csv.skipped[4])
                … and 2 more
            """)
        // A reference table says what it now sets, and nothing of its rows or skipped lines.
        XCTAssertEqual(LoadSummary(file, csv: csv, kind: .unitCosts(groups: 9)).text,
                       "loaded t.csv as t: unit costs for 9 placement groups (now in use)")
        csv.skippedCount = 0
        XCTAssertEqual(LoadSummary(file, csv: csv, kind: .ssda903Table(.uasc)).text,
                       "loaded t.csv as t: SSDA903 UASC, 1 row (kept as a table)")
    }

    /// At a terminal's width, a wide table's column list wraps within it; unlimited (recordings), at 96 columns.
    func testASummaryFitsTheTerminalsWidth() {
        let header = (1...12).map { "column_number_\($0)" }.joined(separator: ",")
        guard case let .success(csv) = CSVReader.parse(bytes: Array((header + "\n" + String(repeating: "1,", count: 11) + "1\n").utf8),
                                                      name: "wide.csv") else { return XCTFail("no parse") }
        let file = LoadedFile(path: "wide.csv", resolvedPath: "/x/wide.csv", name: "wide", cacheKey: nil)
        let summary = LoadSummary(file, csv: csv, kind: .table)
        for width in [40, 60, 80] {
            let lines = summary.text(width: width).split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.prefix(2).joined(separator: " ").hasPrefix("loaded wide.csv as wide: 1 row × 12"), true)
            for line in lines { XCTAssertLessThanOrEqual(line.count, width, "at \(width): \(line)") }
            // Every column is still named, once.
            XCTAssertEqual(lines.joined(separator: " ").components(separatedBy: " number").count - 1, 12)
        }
        XCTAssertEqual(summary.text(width: nil), summary.text)
        // Three columns a line (74 wide) unlimited, where 60 columns take two.
        XCTAssertTrue(summary.text.split(separator: "\n").contains { $0.count > 60 }, "unlimited: the list is 96 wide")
    }
}

import XCTest
@testable import CarebookShell

/// Prose with figures in it, shown under `:publish on`: a plan's summary and a projection's method suppress
/// their small counts part by part, as table cells are; what is recorded stays exact.
final class PublishedPhraseTests: XCTestCase {
    func testAPlansSummaryAndAProjectionsTransfersPublished() throws {
        let session = ShellSession()
        func show(_ line: String) -> (display: String, recorded: String) {
            let document = ScriptDocument(text: line)
            let outcome = session.run(document.items[0], in: document, file: nil)
            session.record(outcome)
            return (outcome.display, outcome.recorded.joined(separator: "\n"))
        }
        let f = RenderGoldenTests.root.appendingPathComponent("Tests/Fixtures/money").path
        for line in ["load \"\(f)/header.csv\"", "load \"\(f)/episodes.csv\"", "load \"\(f)/unit-costs.csv\" as unit_costs",
                     "asat 2019-03-31", "cohort ooa = looked_after() where placement_group == \"Commissioned children's home\"",
                     "p = step_down(ooa, to: \"In-house fostering\", on: 2019-09-30)", ":publish on"] {
            _ = show(line)
        }
        // M01 and M02 (the fixture's two commissioned homes) move for certain: 2 expected moves of 2 children,
        // both below 5. Money is not suppressed: £3,187 × 2 = £6,374 a week; × 52 = £331,448;
        // × 184 days ÷ 7 = £167,545.14 for 2019/20 (transcript money/summary-is-text.cb).
        let summary = show("p.summary")
        XCTAssertEqual(summary.display, "expected moves c of c children · weekly saving £6,374 · full-year £331,448 · part-year 2019/20 £167,545.14")
        XCTAssertEqual(summary.recorded, "expected moves 2 of 2 children · weekly saving £6,374 · full-year £331,448 · part-year 2019/20 £167,545.14")
        // The plan's moves become a projection's transfers of one child each: 1 is below 5.
        let method = show("project(from: 2019-03-31, months: 2, plan: p).method").display
        XCTAssertTrue(method.contains("scenario: c from Commissioned children's home to In-house fostering on 2019-09-30; "
                                      + "c from Commissioned children's home to In-house fostering on 2019-09-30"), method)
        XCTAssertTrue(method.contains("(12 months)"), "a count of months is not suppressed: \(method)")
        // A cohort's sentence: M03 alone is in in-house fostering (U4, PR1) on the day, 1 row, shown as
        // "c rows", not "c row" (the singular would tell it is 1); what is recorded says 1 row.
        let cohort = show("cohort m03 = looked_after() where child == \"M03\"")
        XCTAssertEqual(cohort.display, "cohort m03: c rows as at 2019-03-31")
        XCTAssertEqual(cohort.recorded, "cohort m03: 1 row as at 2019-03-31")
        // A table's row count in `explain` is a count of children: 2 → c; its 16 columns are not.
        let explained = show("explain ooa").display
        XCTAssertTrue(explained.contains("as at 2019-03-31: c rows"), explained)
    }
}

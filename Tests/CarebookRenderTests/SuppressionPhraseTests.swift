import XCTest
@testable import CarebookCore
@testable import CarebookRender

/// A phrase as published: small counts in prose suppressed as table cells are (threshold 5 unless said),
/// identifiers withheld, the lines kept for the report.
final class SuppressionPhraseTests: XCTestCase {
    let day = Day(year: 2017, month: 6, day: 30)!

    private func result(_ n: Double, of d: Double, unit: IndicatorUnit = .percent) -> IndicatorResult {
        IndicatorResult(id: "8.5", name: "", unit: unit, window: DayRange(from: day, to: day), numerator: n,
                        denominator: d, value: unit == .count ? n : n / d, children: [], rag: nil)
    }

    private func published(_ parts: [Phrase.Part], _ rules: Suppression = Suppression()) -> String {
        rules.apply(to: Phrase(parts)).text
    }

    func testSmallCountsAreShownAsC() {
        // 1 to 4 are below 5: suppressed; 0 and 5 are shown.
        XCTAssertEqual(published([.count(3, one: "child", many: "children")]), "c children")
        XCTAssertEqual(published([.count(1, one: "child", many: "children")]), "c children")   // not "c child": that would say 1
        XCTAssertEqual(published([.count(4)]), "c")
        XCTAssertEqual(published([.count(0, one: "child", many: "children")]), "0 children")
        XCTAssertEqual(published([.count(5, one: "child", many: "children")]), "5 children")
        // A threshold of 10: 9 is suppressed, 10 shown.
        XCTAssertEqual(published([.count(9)], Suppression(threshold: 10)), "c")
        XCTAssertEqual(published([.count(10)], Suppression(threshold: 10)), "10")
    }

    func testFiguresThatCountNobodyStay() {
        XCTAssertEqual(published([.quantity(3, one: "month", many: "months")]), "3 months")
        XCTAssertEqual(published([.target(0.096, .percent)]), "9.6%")
        XCTAssertEqual(published([.money(Money(pence: 300))]), "£3")
        XCTAssertEqual(published([.number(2.5)]), "2.5")           // not whole: an expected value, not a count
        XCTAssertEqual(published([.number(2)]), "c")               // a lone small whole number, as in a record
    }

    func testAnIndicatorResultInProse() {
        // 4 of 6: the numerator is below 5, so it and the value worked out from it (66.7%) are c.
        XCTAssertEqual(published([.reading(result(4, of: 6))]), "c of 6, c")
        // 63 of 522 = 12.07%, rounded to a whole percent as published percentages are.
        XCTAssertEqual(published([.reading(result(63, of: 522))]), "63 of 522, 12%")
        // A count indicator of 3 children is its numerator: c.
        XCTAssertEqual(published([.reading(result(3, of: 3, unit: .count))]), "c")
    }

    func testAnExplainListingKeepsNoSmallCountAndNoIdentifier() {
        let explain = Phrase([
            Phrase.Line(.plain, [.words("as at "), .date(day), .words(": "), .reading(result(3, of: 11))]),
            Phrase.Line(.plain, [.words("children counted ("), .count(3), .words("):")]),
            Phrase.Line(.item, [.identifiers(["QZ701K", "QZ702K", "QZ703K"])]),
        ])
        let screened = IdentifierScreen().apply(to: .phrase(explain))
        guard case let .phrase(p) = Suppression().apply(to: screened) else { return XCTFail("a phrase stays a phrase") }
        XCTAssertEqual(p.text, """
            as at 2017-06-30: c of 11, c
            children counted (c):
              [child IDs withheld]
            """)
        XCTAssertEqual(p.lines.count, 3)
        XCTAssertEqual(p.lines[2].style, .item)
    }

    func testAPlanSummaryInARecordIsSuppressedFieldByField() {
        let summary = Phrase([.words("expected moves "), .number(2.4), .words(" of "), .count(3, one: "child", many: "children")])
        let record = Value.record(Record(title: "plan", fields: [("summary", .phrase(summary))]))
        guard case let .record(r) = Suppression().apply(to: record) else { return XCTFail("a record") }
        XCTAssertEqual(ValueFormatter.text(r["summary"]!), "expected moves 2.4 of c children")
    }
}

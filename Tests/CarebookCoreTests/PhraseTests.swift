import XCTest
@testable import CarebookCore

/// A phrase spelled by the one formatter: each part, labels lined up, identifiers wrapped, and the
/// language reading a phrase as that text.
final class PhraseTests: XCTestCase {
    let day = Day(year: 2019, month: 3, day: 31)!

    func testEachPartIsSpelledByTheOneFormatter() {
        XCTAssertEqual(NumberText.part(.count(1, one: "child", many: "children")), "1 child")
        XCTAssertEqual(NumberText.part(.count(1_204, one: "child", many: "children")), "1,204 children")
        XCTAssertEqual(NumberText.part(.count(3)), "3")
        XCTAssertEqual(NumberText.part(.quantity(12, one: "month", many: "months")), "12 months")
        XCTAssertEqual(NumberText.part(.number(52.35)), "52.35")
        XCTAssertEqual(NumberText.part(.number(48)), "48")
        XCTAssertEqual(NumberText.part(.money(Money(pence: 371_250))), "£3,712.50")
        XCTAssertEqual(NumberText.part(.date(day)), "2019-03-31")
        XCTAssertEqual(NumberText.part(.indicator(0.121, .percent)), "12.1%")
        XCTAssertEqual(NumberText.part(.target(0.096, .percent)), "9.6%")
        XCTAssertEqual(NumberText.part(.identifiers(["A1", "B2"])), "A1 B2")
        // 63 ÷ 522 = 0.12069 → 12.1%.
        let r = IndicatorResult(id: "8.2", name: "", unit: .percent, window: DayRange(from: day, to: day),
                                numerator: 63, denominator: 522, value: 63.0 / 522, children: [], rag: nil)
        XCTAssertEqual(NumberText.part(.reading(r)), "63 of 522, 12.1%")
    }

    func testLinesLabelsItemsAndBlankLines() {
        let p = Phrase([
            .words("8.2 Something"), .blank,
            .words("children looked after", .field("numerator")),
            .words("all children", .field("denominator")),
            Phrase.Line(.plain, [.words("children counted ("), .count(2), .words("):")]),
            Phrase.Line(.item, [.identifiers(["B2", "A1"])]),
        ])
        // "numerator:" is 10 characters, padded to 13; "denominator:" is 12, padded to 13.
        XCTAssertEqual(p.text, """
            8.2 Something

            numerator:   children looked after
            denominator: all children
            children counted (2):
              B2 A1
            """)
    }

    func testIdentifiersWrapAt96Characters() {
        // 20 identifiers of 6 characters: 13 fit in 96 (13 × 6 + 12 spaces = 90; a 14th makes 97).
        let ids = (10...29).map { "QZ70\($0)" }
        let lines = Phrase([Phrase.Line(.item, [.identifiers(ids)])]).text.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0], "  " + ids[0..<13].joined(separator: " "))
        XCTAssertEqual(lines[1], "  " + ids[13...].joined(separator: " "))
    }

    func testTheLanguageReadsAPhraseAsItsText() {
        let p = Value.phrase(Phrase([.words("projected "), .quantity(2, one: "month", many: "months")]))
        XCTAssertEqual(p.kind, .text)
        XCTAssertTrue(p.isEqual(to: .text("projected 2 months")))
        XCTAssertFalse(p.isEqual(to: .text("projected 3 months")))
        XCTAssertEqual(p.brief, "\"projected 2 months\"")
        guard case .text("projected 2 months") = p.spelled else { return XCTFail("a phrase spells as text") }
    }
}

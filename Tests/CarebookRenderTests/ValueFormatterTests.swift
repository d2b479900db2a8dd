import XCTest
@testable import CarebookRender

final class ValueFormatterTests: XCTestCase {
    private func text(_ v: Value) -> String { ValueFormatter.text(v) }

    func testNumbers() {
        XCTAssertEqual(text(.number(1234)), "1,234")
        XCTAssertEqual(text(.number(-5)), "-5")
        XCTAssertEqual(text(.number(0)), "0")
        XCTAssertEqual(text(.number(-0.0)), "0")
        XCTAssertEqual(text(.number(92.6312)), "92.63")
        XCTAssertEqual(text(.number(0.5)), "0.5")
        XCTAssertEqual(text(.number(1234.567)), "1,234.57")
        XCTAssertEqual(text(.number(-1234.5)), "-1,234.5")
        XCTAssertEqual(text(.number(0.001234)), "0.00123")
        XCTAssertEqual(text(.number(-0.0009996)), "-0.001")
        XCTAssertEqual(text(.number(0.005)), "0.005")
        XCTAssertEqual(text(.number(1_000_000)), "1,000,000")
    }

    func testPercents() {
        XCTAssertEqual(text(.percent(0.121)), "12.1%")
        XCTAssertEqual(text(.percent(0.72)), "72%")
        XCTAssertEqual(text(.percent(-0.05)), "-5%")
        XCTAssertEqual(ValueFormatter.cell(.percent(0.72)), "72.0%")
        XCTAssertEqual(ValueFormatter.cell(.percent(0.0654)), "6.5%")
    }

    func testOtherScalars() {
        XCTAssertEqual(text(.money(Money(pence: 371_200))), "£3,712")
        XCTAssertEqual(text(.money(Money(pence: 371_250))), "£3,712.50")
        XCTAssertEqual(text(.money(Money(pence: -9_800))), "-£98")
        XCTAssertEqual(text(.date(Day(year: 2017, month: 6, day: 30)!)), "2017-06-30")
        XCTAssertEqual(text(.duration(.weeks(26))), "26 weeks")
        XCTAssertEqual(text(.bool(true)), "true")
        XCTAssertEqual(text(.bool(false)), "false")
        XCTAssertEqual(text(.text("K2 \"x\"")), "K2 \"x\"")
        XCTAssertEqual(text(.missing), "(empty)")
        XCTAssertEqual(ValueFormatter.cell(.missing), "")
    }

    func testLists() {
        XCTAssertEqual(text(.list([.text("a"), .number(2)])), "[\"a\", 2]")
        XCTAssertEqual(text(.list([.percent(0.5), .list([.text("q\"")]), .missing])), "[50%, [\"q\\\"\"], (empty)]")
        XCTAssertEqual(text(.list([])), "[]")
    }

    func testRecordWithNestedTable() {
        let t = Table(columns: [Column(name: "n", storage: .numbers([1, 22], percent: false))])
        let r = Record(title: "plan", fields: [("saving", .money(Money(pence: 320_000_000))),
                                               ("children", .number(21)), ("who", .text("OOA")),
                                               ("rows", .table(t))])
        let expected = """
        plan
          saving: £3,200,000
          children: 21
          who: OOA
          rows:
              n
            ────
              1
             22
        """
        XCTAssertEqual(text(.record(r)), expected)
    }

    func testDisplayWidth() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("日本"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("1–4"), 3)
        XCTAssertEqual(DisplayWidth.truncate("abcdef", to: 4), "abc…")
        XCTAssertEqual(DisplayWidth.truncate("日本語", to: 4), "日…")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 3), "abc")
    }
}

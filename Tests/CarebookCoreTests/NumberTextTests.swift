import XCTest
@testable import CarebookCore

/// Numbers as text, worked by hand.
final class NumberTextTests: XCTestCase {
    func testGrouping() {
        XCTAssertEqual(NumberText.grouped(56_356), "56,356")
        XCTAssertEqual(NumberText.grouped(-1_204), "-1,204")
        XCTAssertEqual(NumberText.grouped(999), "999")
        XCTAssertEqual(NumberText.groupThousands("1234567"), "1,234,567")
    }

    func testBriefAndExact() {
        XCTAssertEqual(NumberText.brief(3), "3")
        XCTAssertEqual(NumberText.brief(0.123456), "0.1235")     // to four places
        XCTAssertEqual(NumberText.exact(0.123456), "0.123456")   // as written
        XCTAssertEqual(NumberText.exact(-42), "-42")
    }

    func testOneDecimal() {
        XCTAssertEqual(NumberText.oneDecimal(56_356), "56,356.0")
        XCTAssertEqual(NumberText.oneDecimal(12.34), "12.3")
        XCTAssertEqual(NumberText.oneDecimal(-0.05), "-0.1")     // -0.5 tenths rounds away from zero
        XCTAssertEqual(NumberText.oneDecimal(-0.04), "0.0")      // no sign on a value shown as zero
    }

    func testPercentInAMessage() {
        XCTAssertEqual(NumberText.briefPercent(0.72), "72%")          // 72, whole: no point
        XCTAssertEqual(NumberText.briefPercent(0.125), "12.5%")
        XCTAssertEqual(NumberText.briefPercent(-0.1), "-10%")
    }

    func testMoney() {
        let m = Money(pence: -9_800_000)                                   // -£98,000
        XCTAssertEqual(NumberText.money(m), "-£98,000")
        XCTAssertEqual(NumberText.money(m, .accounting), "(£98,000)")
        XCTAssertEqual(NumberText.money(Money(pence: 371_250)), "£3,712.50")
        // £1,234,567.89 in millions: 1.23456789 → 1.2 to one place, 1.235 to three (half up).
        XCTAssertEqual(NumberText.money(Money(pence: 123_456_789), .millions(decimals: 1, brackets: false)), "£1.2m")
        XCTAssertEqual(NumberText.scaled(123_456_789, by: 100_000_000, decimals: 3), "1.235")
        XCTAssertEqual(NumberText.money(Money(pence: -123_456_789), .millions(decimals: 3, brackets: true)), "(£1.235m)")
        XCTAssertEqual(NumberText.plainMoney(Money(pence: 123_456_789)), "£1234567.89")
        XCTAssertEqual(NumberText.plainMoney(Money(pence: -500)), "-£5.00")
        XCTAssertEqual(Money(pence: 371_250).formatted(), NumberText.money(Money(pence: 371_250)))
    }

    func testIndicatorValuesInEachUnit() {
        XCTAssertEqual(NumberText.indicator(522, .count), "522")
        XCTAssertEqual(NumberText.indicator(63.0 / 522, .percent), "12.1%")   // 63 ÷ 522 = 0.12069 → 12.1%
        XCTAssertEqual(NumberText.indicator(92.624, .ratePer10000), "92.6")
        XCTAssertEqual(NumberText.indicator(11.25, .years), "11.3")           // 112.5 tenths rounds away from zero
        XCTAssertEqual(NumberText.indicator(18, .change), "+18")
        XCTAssertEqual(NumberText.indicator(-4, .change), "-4")
        XCTAssertEqual(NumberText.indicator(nil, .count), "–")
        XCTAssertEqual(NumberText.indicator(.nan, .percent), "–")
    }

    func testNumbersMatchedAsText() {
        XCTAssertEqual(NumberText.exact(1e20), "1e+20")                        // past Int64's reach: not trapped
        XCTAssertEqual(NumberText.plain(1e20), "100000000000000000000")
    }

    func testFixedPlacesAndPaddedCounts() {
        XCTAssertEqual(NumberText.fixed(3.14159, 2), "3.14")
        XCTAssertEqual(NumberText.fixed(0.005, 2), "0.01")                     // half up: 0.5 hundredths → 1
        XCTAssertEqual(NumberText.fixed(12.0, 1), "12.0")
        XCTAssertEqual(NumberText.fixed(1234.5, 0), "1235")                    // not grouped: a timing, not a count
        XCTAssertEqual(NumberText.fixed(-0.001, 2), "0.00")                    // rounds to zero: no minus sign
        XCTAssertEqual(NumberText.fixed(-2.5, 1), "-2.5")
        XCTAssertEqual(NumberText.padded(7, 4), "   7")
        XCTAssertEqual(NumberText.padded(12345, 3), "12345")
    }
}

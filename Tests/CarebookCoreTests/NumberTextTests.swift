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
}

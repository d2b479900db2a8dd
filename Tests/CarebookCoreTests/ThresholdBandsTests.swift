import XCTest
@testable import CarebookCore

/// The bands `Thresholds.bands` describes are the ones `RAG.rate` rates values into.
final class ThresholdBandsTests: XCTestCase {
    let percent: (Double) -> String = { String(format: "%.1f%%", $0 * 100) }

    func testCoincidingRedAndAmberLowIsGood() {
        // 8.2: red = amber = 12%, green 9.6%, low is good.
        let t = Thresholds(red: 0.12, amber: 0.12, green: 0.096)
        let b = t.bands(.low, percent)
        XCTAssertEqual(b.green, "below 9.6%")
        XCTAssertEqual(b.amber, "9.6% to under 12.0%")
        XCTAssertEqual(b.red, "12.0% or more")
        XCTAssertEqual(RAG.rate(value: 0.0959, thresholds: t, polarity: .low), .green)
        XCTAssertEqual(RAG.rate(value: 0.096, thresholds: t, polarity: .low), .amber)
        XCTAssertEqual(RAG.rate(value: 0.1199, thresholds: t, polarity: .low), .amber)
        XCTAssertEqual(RAG.rate(value: 0.12, thresholds: t, polarity: .low), .red)
    }

    func testCoincidingRedAndAmberHighIsGood() {
        // 6.5: red = amber = 33%, green 35%, high is good.
        let t = Thresholds(red: 0.33, amber: 0.33, green: 0.35)
        let b = t.bands(.high, percent)
        XCTAssertEqual(b.green, "35.0% or more")
        XCTAssertEqual(b.amber, "33.0% to under 35.0%")
        XCTAssertEqual(b.red, "below 33.0%")
        XCTAssertEqual(RAG.rate(value: 0.35, thresholds: t, polarity: .high), .green)
        XCTAssertEqual(RAG.rate(value: 0.33, thresholds: t, polarity: .high), .amber)
        XCTAssertEqual(RAG.rate(value: 0.3299, thresholds: t, polarity: .high), .red)
    }

    func testGreenOnlyHasNoAmberBand() {
        // 8.3: green 87.5% only: anything short of green is red.
        let t = Thresholds(green: 0.875)
        let b = t.bands(.high, percent)
        XCTAssertEqual(b.green, "87.5% or more")
        XCTAssertNil(b.amber)
        XCTAssertEqual(b.red, "below 87.5%")
        XCTAssertEqual(RAG.rate(value: 0.8749, thresholds: t, polarity: .high), .red)
    }

    func testInformationMeasuresHaveNoBands() {
        let b = Thresholds(green: 0.5).bands(.info, percent)
        XCTAssertNil(b.red)
        XCTAssertNil(b.amber)
        XCTAssertNil(b.green)
    }
}

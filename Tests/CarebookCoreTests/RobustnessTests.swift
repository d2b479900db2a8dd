import Foundation
import XCTest
@testable import CarebookCore

/// Inputs that once trapped, overflowed the stack or hung: each is now a short, located error.
final class RobustnessTests: XCTestCase {
    /// Parses and runs `source` in a fresh interpreter; the error messages, in order.
    func errors(_ source: String) -> [String] {
        let interpreter = CarebookEngine.makeInterpreter(cache: .off)
        let (statements, diagnostics, _) = Parser.parse(source)
        var messages = diagnostics.map(\.message)
        for s in statements {
            if case let .failure(.diagnostic(d)) = interpreter.execute(s) { messages.append(d.message) }
        }
        return messages
    }

    let tooDeep = "expression nested too deeply (more than 200 levels)"

    func testFiveThousandBracketsAreRefusedNotAStackOverflow() {
        XCTAssertEqual(errors(String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)), [tooDeep])
        XCTAssertEqual(errors(String(repeating: "[", count: 5_000) + "1" + String(repeating: "]", count: 5_000)), [tooDeep])
    }

    func testATwentyThousandTermSumIsRefusedBeforeItBuildsADeepTree() {
        let sum = Array(repeating: "1", count: 20_000).joined(separator: " + ")
        XCTAssertEqual(errors(sum), [tooDeep])
        // 200 terms (199 operators) fit and add up to 200.
        let fits = Array(repeating: "1", count: 200).joined(separator: " + ")
        let interpreter = CarebookEngine.makeInterpreter(cache: .off)
        let statement = Parser.parse("assert " + fits + " == 200").statements
        XCTAssertEqual(statement.count, 1)
        if case let .failure(e) = interpreter.execute(statement[0]) { XCTFail("\(e)") }
    }

    func testLongChainsOfUnaryOperatorsAndClausesAreRefused() {
        XCTAssertEqual(errors(String(repeating: "-", count: 20_000) + "1"), [tooDeep])
        XCTAssertEqual(errors(String(repeating: "not ", count: 20_000) + "true"), [tooDeep])
        XCTAssertEqual(errors("t = [1]\nt" + String(repeating: " where true", count: 5_000)), [tooDeep])
        XCTAssertEqual(errors("x" + String(repeating: ".a", count: 5_000)), [tooDeep])
    }

    func testAOneMegabyteNameAnswersQuicklyWithAShortError() {
        let started = Date()
        let source = "x = " + String(repeating: "a", count: 1_000_000)
        let messages = errors(source)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1, "well under a second")
        XCTAssertEqual(messages, ["a name of 1000000 characters is too long (at most 200)"])
    }

    func testAFIFOIsRefusedAtOnceNotWaitedOn() throws {
        let path = NSTemporaryDirectory() + "cb-fifo-\(UUID().uuidString)"
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        defer { unlink(path) }
        let started = Date()
        guard case let .failure(d) = CSVReader.readBytes(path: path) else { return XCTFail("a FIFO was read") }
        XCTAssertEqual(d.message, "\(path) is not a regular file")
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
    }

    func testADeviceIsRefusedNotReadForever() {
        guard case let .failure(d) = CSVReader.readBytes(path: "/dev/zero") else { return XCTFail("/dev/zero was read") }
        XCTAssertEqual(d.message, "/dev/zero is not a regular file")
        XCTAssertEqual(errors("load \"/dev/zero\""), ["/dev/zero is not a regular file"])
    }

    func testADirectoryIsStillNamedAsOne() {
        guard case let .failure(d) = CSVReader.readBytes(path: "/tmp") else { return XCTFail("a directory was read") }
        XCTAssertEqual(d.message, "/tmp is a directory, not a CSV file")
    }

    func testMoneyScalingIsExactInIntegers() {
        // 500 × 9,000,000,000,000,001 = 4,500,000,000,000,000,500 pence, which a Double product gets wrong by 12 pence.
        XCTAssertEqual(Money(pence: 500).scaled(by: 9_000_000_000_000_001), Money(pence: 4_500_000_000_000_000_500))
        XCTAssertNil(Money(pence: .max).scaled(by: 2))
        XCTAssertNil(Money(pence: .min).negated())
        XCTAssertNil(Money(pence: .min).magnitude)
        XCTAssertEqual(Money(pence: 3).divided(by: 2), Money(pence: 2), "1.5p rounds half to even: 2p")
        XCTAssertEqual(Money(pence: 5).divided(by: 2), Money(pence: 2), "2.5p rounds half to even: 2p")
        XCTAssertNil(Money(pence: 1).divided(by: 0))
    }

    func testDayOffsetsStayInTheSupportedRange() {
        let last = Day(year: 9999, month: 12, day: 31)!
        XCTAssertNil(last.offset(by: Duration(days: 1)))
        XCTAssertNil(Day(year: 2019, month: 1, day: 1)!.offset(by: Duration(months: 12 * 10_000)))
        XCTAssertEqual(Day(year: 2019, month: 1, day: 31)!.offset(by: Duration(months: 1)), Day(year: 2019, month: 2, day: 28))
        XCTAssertEqual(Day(number: .max).endOfMonth.number, Int32.max, "no trap even far outside the range")
        _ = Day(number: .max).adding(days: .max)
    }
}

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

/// A cached data set whose index holds a reversed range (lower above upper) — the crasher the
/// cache harness found — is treated as damaged: deleted and rebuilt, with the same answers.
final class ReversedRangeCacheTests: XCTestCase {
    func testACachedDataSetWithAReversedRangeIsRebuiltNotQueried() throws {
        let folder = NSTemporaryDirectory() + "cb-reversed-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["header.csv", "episodes.csv"] {
            try FileManager.default.copyItem(atPath: CareFixtures.repository.appendingPathComponent("Tests/Fixtures/money/\(name)").path,
                                             toPath: folder + "/" + name)
        }
        let cache = LoadCache(directory: folder + "/cache", minimumBytes: 0)
        let script = "load \"\(folder)/header.csv\"\nload \"\(folder)/episodes.csv\"\nlooked_after(on: 2019-03-31)"
        func run() throws -> String {
            let interpreter = CarebookEngine.makeInterpreter(cache: cache)
            var last = ""
            for s in Parser.parse(script).statements {
                if case let .success(.value(v)) = interpreter.execute(s) { last = String(describing: v) }
            }
            return last
        }
        let plain = try run()
        // The built data set's child → episodes index, as the raw bytes the cache entry holds.
        let interpreter = CarebookEngine.makeInterpreter(cache: .off)
        for s in Parser.parse(script).statements.prefix(2) { _ = interpreter.execute(s) }
        let index = try XCTUnwrap(interpreter.workspace.care.data).childEpisodes
        let i = try XCTUnwrap(index.firstIndex { !$0.isEmpty && $0.lowerBound > 0 })
        let pattern = index.withUnsafeBytes { Array($0) }
        var damaged = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/cache") where name.hasSuffix(".care") {
            let path = folder + "/cache/" + name
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            guard let at = (0...(bytes.count - pattern.count)).first(where: { bytes[$0..<$0 + pattern.count].elementsEqual(pattern) })
            else { continue }
            // Child i's range lower..<upper becomes upper..<0: reversed, yet inside the episodes.
            let upper = index[i].upperBound
            withUnsafeBytes(of: upper) { bytes.replaceSubrange(at + i * 16..<at + i * 16 + 8, with: $0) }
            withUnsafeBytes(of: 0) { bytes.replaceSubrange(at + i * 16 + 8..<at + i * 16 + 16, with: $0) }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            damaged += 1
        }
        XCTAssertGreaterThan(damaged, 0, "the index was found in a cached data set")
        XCTAssertEqual(try run(), plain)
    }
}

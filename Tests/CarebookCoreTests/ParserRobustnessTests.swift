import XCTest
@testable import CarebookCore

/// The parser must finish, and report rather than crash, on any input.
final class ParserRobustnessTests: XCTestCase {
    static let pieces = ["x", "=", "==", "(", ")", "[", "]", ",", ":", "+", "-", "*", "/", "£", "£3,712", "72%", "2017-06-30",
                         "26 weeks", "\"t", "\"text\"", "where", "by", "sort", "top", "select", "with", "at", "and", "or",
                         "not", "in", "within", "of", "asat", "load", "cohort", "assert", "count", "\n", "\n", " ", "#c", "$", "`q"]

    func testRandomTokenSoupAlwaysParsesToEntries() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let n = Int.random(in: 1...25, using: &rng)
            let source = (0..<n).map { _ in Self.pieces.randomElement(using: &rng)! }.joined(separator: " ")
            let entries = Parser.entries(source)
            for case let .failed(diagnostics, _) in entries {
                XCTAssertFalse(diagnostics.isEmpty, "a failed entry without a message for: \(source)")
            }
            _ = Parser.needsContinuation(source)
            _ = ScriptDocument(text: source)
        }
    }

    func testEveryPrefixOfAScriptParses() {
        let script = "cohort ooa = looked_after() where placement_group == \"K2\" and\n  age >= 12\nx = round(£3,712 * 52,\n digits: 1)\nlist ooa\n"
        for end in script.indices {
            _ = Parser.entries(String(script[..<end]))
        }
    }
}

import XCTest
@testable import CarebookShell
import CarebookRender

/// `:help` fits the terminal: no line past the width, descriptions in one column, no word split.
final class HelpLayoutTests: XCTestCase {
    private func overview(width: Int) -> [String] {
        let session = ShellSession()
        session.settings.terminalWidth = width
        session.settings.terminalRows = 40
        return CommandRegistry.help.run(session, []).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Every word of every summary, in order, from the laid-out lines of the entry.
    private func assertFits(_ lines: [String], width: Int, file: StaticString = #filePath, line: UInt = #line) {
        for l in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(l), width, "too wide: \(l)", file: file, line: line) }
    }

    func testEightyColumns() { check(width: 80) }
    func testOneHundredTwentyColumns() { check(width: 120) }

    private func check(width: Int) {
        let session = ShellSession()
        let lines = overview(width: width)
        assertFits(lines, width: width)
        let text = lines.joined(separator: "\n")
        // Each summary appears with its words whole and in order: joining the wrapped lines gives it back.
        let flattened = text.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
        for b in session.interpreter.builtins.all {
            XCTAssertTrue(flattened.contains(b.summary.split(separator: " ").joined(separator: " ")), "\(b.name) at \(width)")
        }
        for c in session.commands.commands {
            XCTAssertTrue(flattened.contains(c.summary.split(separator: " ").joined(separator: " ")), "\(c.name) at \(width)")
        }
        // Descriptions start in one column, at most a third of the way across (plus the indent and gap).
        let round = session.interpreter.builtins["round"]!
        let first = lines.first { $0.hasPrefix("  " + round.usage + " ") }
        XCTAssertNotNil(first, "round(…) on its own line at \(width)")
        let column = first.map { $0.range(of: round.summary.split(separator: " ").first!)!.lowerBound.utf16Offset(in: $0) } ?? 0
        XCTAssertLessThanOrEqual(column, 2 + (width - 2) / 3 + 2)
        let starts = lines.filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && $0.count > column }
            .filter { $0.prefix(column).hasSuffix("  ") }
            .map { String($0.dropFirst(column).prefix(1)) }
        XCTAssertTrue(starts.allSatisfy { $0 != " " }, "a description starts past column \(column) at \(width)")
    }

    func testWrapBreaksBetweenWordsAndKeepsALongWordWhole() {
        XCTAssertEqual(HelpLayout.wrap("one two three four five six seven eight", width: 20),
                       ["one two three four", "five six seven eight"])
        XCTAssertEqual(HelpLayout.wrap("a supercalifragilisticexpialidocious-word here", width: 20),
                       ["a", "supercalifragilisticexpialidocious-word", "here"])
        XCTAssertEqual(HelpLayout.wrap("", width: 30), [""])
    }

    func testLongUsageGetsItsOwnLine() {
        let layout = HelpLayout(width: 40)
        let lines = layout.lines([("short", "does a thing"),
                                  ("a_very_long_usage(with, many, arguments)", "does another thing")])
        // The usage column is a third of the 38 columns after the indent: 12; descriptions start at 2 + 12 + 2.
        XCTAssertEqual(lines, ["  short         does a thing",
                               "  a_very_long_usage(with, many,",
                               "    arguments)",
                               "                does another thing"])
    }
}

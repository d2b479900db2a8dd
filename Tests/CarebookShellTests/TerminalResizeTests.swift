import Foundation
import XCTest

/// Tables follow a live terminal resize (SIGWINCH), not only the width at start-up.
final class TerminalResizeTests: XCTestCase {
    func testATableIsRefittedAfterTheTerminalIsMadeNarrower() throws {
        let (binary, home) = try carebookAndHome()
        defer { try? FileManager.default.removeItem(at: home) }
        // 20 columns, each 7 wide ("c01", values 1234567 shown as 1,234,567: 9 wide).
        let names = (1...20).map { String(format: "c%02d", $0) }
        let csv = names.joined(separator: ",") + "\n" + Array(repeating: "1234567", count: 20).joined(separator: ",") + "\n"
        try csv.write(to: home.appendingPathComponent("wide.csv"), atomically: true, encoding: .utf8)

        let environment = ["PATH": "/usr/bin:/bin", "TERM": "screen", "HOME": home.path, "CAREBOOK_CACHE": "off"]
        let shell = try TerminalSession(command: [binary, "--no-data"], environment: environment,
                                        columns: 120, rows: 40, directory: home.path)
        defer { shell.kill() }
        XCTAssertTrue(shell.waitFor(text: "> "), shell.screen())
        try shell.send(keys: .text("load \"wide.csv\" as wide"), .enter)
        XCTAssertTrue(shell.waitFor(text: "1 rows", timeout: 10) || shell.waitFor(text: "1 row", timeout: 1), shell.screen())

        try shell.send(keys: .text("wide"), .enter)
        XCTAssertTrue(shell.waitFor(text: "more columns not shown"), shell.screen())
        let wide = hidden(shell.screen())
        XCTAssertEqual(wide.count, 1, shell.screen())

        try shell.resize(columns: 60, rows: 40)
        usleep(200_000)
        try shell.send(keys: .text("wide"), .enter)
        XCTAssertTrue(shell.waitUntil { self.hidden($0).count == 2 }, shell.screen())
        let counts = hidden(shell.screen())
        // Narrower: more columns are left out, and every line of the new table fits 60 columns.
        XCTAssertGreaterThan(counts[1], counts[0], shell.screen())
        // Lines as written (the terminal's own wrapping undone), from the second `wide` on.
        let written = shell.joinedScreen().components(separatedBy: "\n")
        let second = try XCTUnwrap(written.indices.filter { written[$0].hasPrefix("> wide") }.last, shell.joinedScreen())
        let table = written[(second + 1)...].prefix { !$0.hasPrefix("…") && !$0.hasPrefix(">") }
        XCTAssertGreaterThanOrEqual(table.count, 3, shell.joinedScreen())
        for line in table { XCTAssertLessThanOrEqual(line.count, 60, line) }
        // The table as it was first drawn, at 120 columns, was wider than 60: the re-fit did something.
        let first = try XCTUnwrap(written.firstIndex { $0.hasPrefix("> wide") })
        XCTAssertGreaterThan(written[(first + 1)...].prefix { !$0.hasPrefix("…") }.map(\.count).max() ?? 0, 60,
                             shell.joinedScreen())
        try shell.send(keys: .ctrl("d"))
        XCTAssertEqual(shell.waitForExit(timeout: 10), 0, shell.screen())
    }

    /// The built binary and a fresh home folder; skips when tmux or the binary is missing.
    private func carebookAndHome() throws -> (String, URL) {
        try XCTSkipUnless(TerminalSession.isAvailable, "tmux is not installed (Scripts/test installs it)")
        guard let binary = TerminalSession.carebookBinary() else { throw XCTSkip("build the binary first") }
        let home = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("carebook-resize-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return (binary, home)
    }

    /// The N of each "… N more columns not shown" note on the screen, in order.
    private func hidden(_ screen: String) -> [Int] {
        screen.components(separatedBy: "\n").compactMap { line in
            guard let r = line.range(of: " more columns not shown") else { return nil }
            return Int(line[..<r.lowerBound].split(separator: " ").last ?? "")
        }
    }
}

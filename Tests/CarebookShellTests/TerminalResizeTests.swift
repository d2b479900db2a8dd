import Foundation
import XCTest

/// Tables follow a live terminal resize (SIGWINCH), not only the width at start-up.
final class TerminalResizeTests: XCTestCase {
    func testATableIsRefittedAfterTheTerminalIsMadeNarrower() throws {
        try XCTSkipUnless(TerminalSession.isAvailable, "tmux is not installed (Scripts/test installs it)")
        guard let binary = TerminalSession.carebookBinary() else {
            throw XCTSkip("build the binary first: swift build --product carebook")
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("carebook-resize-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
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
        let after = shell.screen().components(separatedBy: "\n").drop { !$0.hasPrefix("> wide") }.dropFirst()
            .drop { !$0.hasPrefix("> wide") }
        XCTAssertFalse(after.isEmpty, shell.screen())
        for line in after { XCTAssertLessThanOrEqual(line.count, 60, line) }
        try shell.send(keys: .ctrl("d"))
        XCTAssertEqual(shell.waitForExit(timeout: 10), 0, shell.screen())
    }

    /// The N of each "… N more columns not shown" note on the screen, in order.
    private func hidden(_ screen: String) -> [Int] {
        screen.components(separatedBy: "\n").compactMap { line in
            guard let r = line.range(of: " more columns not shown") else { return nil }
            return Int(line[..<r.lowerBound].split(separator: " ").last ?? "")
        }
    }
}

import Foundation
import XCTest
import CarebookShell

/// Drives the real `carebook` binary through a pseudo-terminal (tmux), as a person would.
final class InteractiveShellTests: XCTestCase {
    func testTypingCompletionHistoryAndInterruptInATerminalWithNoLocale() throws {
        try XCTSkipUnless(TerminalSession.isAvailable, "tmux is not installed (Scripts/test installs it)")
        guard let binary = TerminalSession.carebookBinary() else {
            throw XCTSkip("build the binary first: swift build --product carebook")
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("carebook-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        // A large table so that one statement takes long enough to interrupt.
        var big = "x\n"
        for i in 0..<400_000 { big += "\(i)\n" }
        try big.write(to: home.appendingPathComponent("big.csv"), atomically: true, encoding: .utf8)

        // No LANG or LC_* at all, as with `env -i`.
        let environment = ["PATH": "/usr/bin:/bin", "TERM": "screen", "HOME": home.path]
        let shell = try TerminalSession(command: [binary, "--no-data"], environment: environment,
                                        columns: 100, rows: 40, directory: home.path)
        defer { shell.kill() }
        XCTAssertTrue(shell.waitFor(text: "> "), shell.screen())

        // Non-ASCII input with no locale set.
        try shell.send(keys: .text("£3,712 * 52"), .enter)
        XCTAssertTrue(shell.waitFor(text: "£193,024"), shell.screen())

        // Tab completes a bound name.
        try shell.send(keys: .text("weekly_cost = £525"), .enter)
        try shell.send(keys: .text("weekly_c"), .tab)
        XCTAssertTrue(shell.waitFor(text: "> weekly_cost"), shell.screen())
        try shell.send(keys: .text("* 2"), .enter)
        XCTAssertTrue(shell.waitFor(text: "£1,050"), shell.screen())

        // Up-arrow recalls an earlier entry.
        try shell.send(keys: .up, .up, .up, .enter)
        XCTAssertTrue(shell.waitUntil { $0.components(separatedBy: "£193,024").count == 3 }, shell.screen())

        // Ctrl-C at the prompt discards the line.
        try shell.send(keys: .text("this is not valid"), .ctrl("c"))
        try shell.send(keys: .text("1 + 1"), .enter)
        XCTAssertTrue(shell.waitUntil { $0.contains("\n2\n") || $0.hasSuffix("\n2") || $0.contains("\n2\n>") }, shell.screen())
        XCTAssertFalse(shell.screen().contains("error"), shell.screen())

        // Ctrl-C during a long evaluation stops it; the session is intact.
        try shell.send(keys: .text("load \"big.csv\" as big"), .enter)
        XCTAssertTrue(shell.waitFor(text: "400000 rows", timeout: 20) || shell.waitFor(text: "400,000", timeout: 1), shell.screen())
        try shell.send(keys: .text("count big with a = x * 2, b = a + 1, c = b * 3 with d = c - 1 where d > 0"), .enter)
        usleep(300_000)
        try shell.send(keys: .ctrl("c"))
        XCTAssertTrue(shell.waitFor(text: "interrupted", timeout: 20), shell.screen())
        try shell.send(keys: .text("weekly_cost"), .enter)
        XCTAssertTrue(shell.waitUntil { $0.components(separatedBy: "£525").count >= 3 }, shell.screen())

        // Ctrl-D on an empty line leaves cleanly.
        try shell.send(keys: .ctrl("d"))
        XCTAssertEqual(shell.waitForExit(timeout: 10), 0, shell.screen())

        // History persisted, readable by the user only.
        let history = home.appendingPathComponent(".carebook_history").path
        let mode = try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
        XCTAssertTrue(try String(contentsOfFile: history, encoding: .utf8).contains("weekly_cost = £525"))
        // The session was journalled as it went.
        let journals = try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent(".carebook").path)
        XCTAssertEqual(journals.filter { $0.hasPrefix("journal-") }.count, 1)
    }
}

extension InteractiveShellTests {
    /// A killed terminal loses nothing: the journal replays with --recover and :save writes it.
    func testKilledSessionIsRecoveredFromItsJournal() throws {
        try XCTSkipUnless(TerminalSession.isAvailable, "tmux is not installed (Scripts/test installs it)")
        guard let binary = TerminalSession.carebookBinary() else {
            throw XCTSkip("build the binary first: swift build --product carebook")
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("carebook-recover-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["PATH": "/usr/bin:/bin", "TERM": "screen", "HOME": home.path]

        let first = try TerminalSession(command: [binary, "--no-data"], environment: environment, directory: home.path)
        XCTAssertTrue(first.waitFor(text: "> "), first.screen())
        try first.send(keys: .text("weekly = £3,712 - £525"), .enter)
        try first.send(keys: .text("weekly * 52"), .enter)
        XCTAssertTrue(first.waitFor(text: "£165,724"), first.screen())
        first.kill()  // the terminal goes away without :save or Ctrl-D
        // Its carebook lets go of the journal as it dies: until then the session counts as running.
        let journals = home.appendingPathComponent(".carebook").path
        let deadline = Date().addingTimeInterval(10)
        while Journal.recoverable(in: journals).isEmpty, Date() < deadline { usleep(20_000) }

        let second = try TerminalSession(command: [binary, "--recover"], environment: environment, directory: home.path)
        defer { second.kill() }
        XCTAssertTrue(second.waitFor(text: "recovered 2 statements"), second.screen())
        try second.send(keys: .text(":save kept.cb"), .enter)
        XCTAssertTrue(second.waitFor(text: "saved 2 statements to kept.cb"), second.screen())
        let saved = try String(contentsOfFile: home.appendingPathComponent("kept.cb").path, encoding: .utf8)
        XCTAssertTrue(saved.contains("weekly = £3,712 - £525\nweekly * 52\n#> £165,724\n"), saved)
    }
}

import XCTest
@testable import CarebookShell

/// End-to-end checks of `EditLineReader` at a real (tmux) terminal, through
/// the echo program in `LineEditingEchoProgramTests`, started with an empty
/// environment (no `LANG`/`LC_*`), as `env -i` would.
final class LineEditingTerminalTests: XCTestCase {
    private var home: String!

    override func setUpWithError() throws {
        guard TerminalSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        home = NSTemporaryDirectory() + "lineedit-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let home { try? FileManager.default.removeItem(atPath: home) }
    }

    private var historyPath: String { home + "/history" }

    /// Starts the echo program and waits for its first prompt.
    private func startEcho() throws -> TerminalSession {
        var environment = TerminalSession.emptyLocale
        environment["HOME"] = home
        environment["CAREBOOK_HISTORY"] = historyPath
        environment[LineEditingEchoProgramTests.variable] = "1"
        let command = [TerminalSession.testExecutable(),
                       "CarebookShellTests.LineEditingEchoProgramTests/testEchoProgram"]
        let session = try TerminalSession(command: command, environment: environment, directory: home)
        addTeardownBlock { session.kill() }
        XCTAssertTrue(session.waitFor(text: "echo› ", timeout: 10), session.screen())
        return session
    }

    func testHarnessDrivesCat() throws {
        let session = try TerminalSession(command: ["cat"])
        defer { session.kill() }
        try session.send(keys: .text("hello £ cat"), .enter)
        XCTAssertTrue(session.waitUntil { $0.components(separatedBy: "hello £ cat").count == 3 }, session.screen())
        try session.send(keys: .ctrl("d"))
        XCTAssertEqual(session.waitForExit(), 0)
    }

    func testHarnessSeesPromptsWithTrailingBlanks() throws {
        let script = "printf 'ready> '; read x; echo \"read [$x]\"; exit 3"
        let session = try TerminalSession(command: ["/bin/sh", "-c", script])
        defer { session.kill() }
        XCTAssertTrue(session.waitFor(text: "ready> "), session.rawScreen())
        XCTAssertEqual(session.screen().components(separatedBy: "\n").first, "ready>")
        try session.send(keys: .text("£ok"), .enter)
        XCTAssertTrue(session.waitFor(text: "read [£ok]"), session.screen())
        XCTAssertEqual(session.waitForExit(), 3)
    }

    func testPoundSignWithEmptyLocale() throws {
        let session = try startEcho()
        XCTAssertTrue(session.screen().contains("ready utf8=true"), session.screen())
        try session.send(keys: .text("£3,712 * 52"), .enter)
        XCTAssertTrue(session.waitFor(text: "got [£3,712 * 52] scalars=11"), session.screen())
        try session.send(keys: .text("cost £"), .backspace, .text("€x"), .left, .backspace, .enter)
        XCTAssertTrue(session.waitFor(text: "got [cost x] scalars=6"), session.screen())
    }

    func testCtrlCDiscardsLineAndCtrlDEnds() throws {
        let session = try startEcho()
        try session.send(keys: .text("half a line"), .ctrl("c"))
        XCTAssertTrue(session.waitFor(text: "interrupted"), session.screen())
        try session.send(keys: .text("next"), .enter)
        XCTAssertTrue(session.waitFor(text: "got [next] scalars=4"), session.screen())
        XCTAssertFalse(session.screen().contains("half a line]"))
        try session.send(keys: .ctrl("d"))
        XCTAssertTrue(session.waitFor(text: "bye"), session.screen())
        XCTAssertEqual(session.waitForExit(timeout: 10), 0)
    }

    func testUpArrowAndCtrlRRecallHistory() throws {
        let session = try startEcho()
        try session.send(keys: .text("alpha one"), .enter, .text("beta two"), .enter, .text("gamma three"), .enter)
        XCTAssertTrue(session.waitFor(text: "got [gamma three]"), session.screen())
        try session.send(keys: .up, .up, .enter)
        XCTAssertTrue(session.waitUntil { $0.components(separatedBy: "got [beta two]").count == 3 }, session.screen())
        try session.send(keys: .ctrl("r"), .text("alp"), .enter)
        XCTAssertTrue(session.waitUntil { $0.components(separatedBy: "got [alpha one]").count == 3 }, session.screen())
    }

    func testHistoryPersistsAcrossRuns() throws {
        let first = try startEcho()
        try first.send(keys: .text("lac = looked_after()"), .enter)
        XCTAssertTrue(first.waitFor(text: "got [lac = looked_after()]"), first.screen())
        XCTAssertEqual(try String(contentsOfFile: historyPath, encoding: .utf8), "lac = looked_after()\n")
        first.kill()  // a killed terminal loses nothing
        let second = try startEcho()
        try second.send(keys: .up, .enter)
        XCTAssertTrue(second.waitFor(text: "got [lac = looked_after()]"), second.screen())
        let mode = try FileManager.default.attributesOfItem(atPath: historyPath)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
    }

    func testTabCompletesCommonPrefixThenLists() throws {
        let session = try startEcho()
        try session.send(keys: .text("lac where pla"), .tab)
        XCTAssertTrue(session.waitFor(text: "echo› lac where placement"), session.screen())
        try session.send(keys: .tab)
        XCTAssertTrue(session.waitFor(text: "placement        placement_group"), session.screen())
        try session.send(keys: .text("_g"), .tab, .enter)
        XCTAssertTrue(session.waitFor(text: "got [lac where placement_group ]"), session.screen())
        try session.send(keys: .text(":hi"), .tab, .enter)
        XCTAssertTrue(session.waitFor(text: "got [:history ]"), session.screen())
    }

    func testTabCompletesFileNamesInLoad() throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: home + "/episodes-2020.csv", contents: Data()))
        let session = try startEcho()
        try session.send(keys: .text("load \"epi"), .tab, .enter)
        XCTAssertTrue(session.waitFor(text: "got [load \"episodes-2020.csv\"]"), session.screen())
    }

    func testTerminalRestoredWhenProgramExits() throws {
        let shell = try TerminalSession(command: ["/bin/sh"])
        defer { shell.kill() }
        let command = "stty -g > \(home!)/before; " +
            "env -i TERM=screen HOME=\(home!) CAREBOOK_HISTORY=\(historyPath) " +
            "\(LineEditingEchoProgramTests.variable)=1 \(TerminalSession.testExecutable()) " +
            "CarebookShellTests.LineEditingEchoProgramTests/testEchoProgram; " +
            "stty -g > \(home!)/after; cmp -s \(home!)/before \(home!)/after && echo TTY\"-SAME\" || echo TTY\"-DIFFERENT\""
        try shell.send(keys: .text(command), .enter)
        XCTAssertTrue(shell.waitFor(text: "echo› ", timeout: 10), shell.screen())
        try shell.send(keys: .text("half"), .ctrl("c"), .text("exit-now"), .enter)
        XCTAssertTrue(shell.waitUntil { $0.contains("TTY-SAME") || $0.contains("TTY-DIFFERENT") }, shell.screen())
        XCTAssertTrue(shell.screen().contains("TTY-SAME"), shell.screen())
        XCTAssertTrue(shell.screen().contains("got [") == false, "exit-now must exit before echoing")
    }
}

import XCTest
@testable import CarebookShell
import CarebookCore

/// `check` compares a data file the replay loaded by the digest taken as it was read, and reads and
/// hashes only the files the replay did not load.
extension TranscriptTests {
    /// sha256 of the 4 bytes "a\n1\n", computed independently with `printf 'a\n1\n' | sha256sum`.
    static let shaOfA1 = "309b0e45a73d3fc5325e2b6ed0a01ef8b9cde6b05a5633c1f893f970d52bfddc"

    func testCheckUsesTheDigestTakenAtLoad() throws {
        let (dir, csv) = try scratchCSV("a\n1\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = "load \"\(csv.path)\" as d\ncount d\n"
        let session = ShellSession(interpreter: CarebookEngine.makeInterpreter(cache: .off))
        let saved = ReplayChecker().check(ScriptDocument(text: script), file: dir.path + "/s.cb", session: session).updatedText
        let document = ScriptDocument(text: saved)
        XCTAssertEqual(document.sources.map(\.sha256), [Self.shaOfA1])

        let replay = ShellSession(interpreter: CarebookEngine.makeInterpreter(cache: .off))
        let report = ReplayChecker().check(document, file: dir.path + "/s.cb", session: replay)
        XCTAssertTrue(report.passed, ReplayChecker.describe(report))
        XCTAssertEqual(replay.interpreter.workspace.sources.map(\.sha256), [Self.shaOfA1])
        // The file changes after the replay read it: the comparison is with what the replay read
        // (the digest taken at load), not a second reading of the file.
        try "a\n1\n2\n".write(to: csv, atomically: true, encoding: .utf8)
        XCTAssertTrue(ReplayChecker().changedSources(document.sources, replay).isEmpty)
        // A session that did not load it reads and hashes the file: now changed.
        let fresh = ShellSession(interpreter: CarebookEngine.makeInterpreter(cache: .off))
        XCTAssertEqual(ReplayChecker().changedSources(document.sources, fresh).map(\.path), [csv.path])
    }
}

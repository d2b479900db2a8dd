import Foundation
import XCTest
@testable import CarebookShell
import CarebookCore
#if canImport(Glibc)
import Glibc
#endif

/// `--recover` offers the journals of sessions that did not end cleanly, newest first, never one still
/// running; `--recover FILE` picks one. Journals and history are never written through a planted link.
final class JournalRecoveryTests: XCTestCase {
    var dir: String!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("cb-journals-\(UUID().uuidString)").path
        try PrivateFile.makeDirectory(dir)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// A journal as a killed session leaves it: `statements` entries, last written `age` seconds ago.
    @discardableResult
    func leftJournal(_ name: String, statements: Int, age: Int, ending: String = "") throws -> String {
        let path = dir + "/" + name
        var text = "# carebook test script\n\n"
        for i in 0..<statements { text += "x\(i) = \(i)\n" }
        try (text + ending).write(toFile: path, atomically: false, encoding: .utf8)
        var times = [timespec](repeating: timespec(tv_sec: time(nil) - age, tv_nsec: 0), count: 2)
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        return path
    }

    func testCrashedSessionsAreOfferedNewestFirstAndALiveOneNever() throws {
        let older = try leftJournal("journal-1000-11.cb", statements: 2, age: 600)
        let newer = try leftJournal("journal-2000-12.cb", statements: 3, age: 60)
        try leftJournal("journal-3000-13.cb", statements: 4, age: 30, ending: Journal.endLine + "\n")   // quit cleanly
        try leftJournal("journal-3500-14.cb", statements: 0, age: 20)                                  // nothing run
        // A live session: this process (running) holds its journal's lock; it is the newest of all.
        let live = try XCTUnwrap(Journal.start(in: dir))
        live.append(SessionLog.Entry(text: "y = 1", result: []), sources: [])
        XCTAssertTrue(Journal.isLive(live.path))
        XCTAssertTrue(live.path.hasSuffix("-\(getpid()).cb"), live.path)
        XCTAssertEqual(Journal.recoverable(in: dir).map(\.path), [newer, older])
        XCTAssertEqual(Journal.recoverable(in: dir).map(\.items), [3, 2])
        // Once it ends cleanly it is not offered either; before, it was.
        live.finish()
        XCTAssertFalse(Journal.isLive(live.path))
        XCTAssertEqual(Journal.recoverable(in: dir).map(\.path), [newer, older])
        XCTAssertTrue(try String(contentsOfFile: live.path, encoding: .utf8).hasSuffix("y = 1\n" + Journal.endLine + "\n"))
    }

    /// At a terminal, `--recover` numbers the crashed sessions and asks which: a number picks that one,
    /// Enter the newest, `q` none; an answer out of range is asked again.
    func testAtATerminalTheUserChoosesWhichSessionToRecover() {
        let now = Date()
        let left = [Journal.Left(path: "/j/new.cb", items: 3, written: now),
                    Journal.Left(path: "/j/old.cb", items: 1, written: now.addingTimeInterval(-60))]
        func choose(_ replies: [String?]) -> (String?, CapturedOutput) {
            var queue = replies
            let out = CapturedOutput()
            let chosen = CarebookCLI.chooseJournal(left, out: out) { queue.isEmpty ? nil : queue.removeFirst() }
            return (chosen, out)
        }
        let (second, out) = choose(["2"])
        XCTAssertEqual(second, "/j/old.cb")
        XCTAssertTrue(out.text.contains("  1. /j/new.cb  (3 items, "), out.text)
        XCTAssertTrue(out.text.contains("  2. /j/old.cb  (1 item, "), out.text)
        XCTAssertEqual(choose([""]).0, "/j/new.cb")
        let (retried, retryOut) = choose(["7", " 1 "])
        XCTAssertEqual(retried, "/j/new.cb")
        XCTAssertTrue(retryOut.text.contains("7 is not one of 1–2"), retryOut.text)
        let (none, noneOut) = choose(["q"])
        XCTAssertNil(none)
        XCTAssertEqual(noneOut.errors, "nothing recovered\n")
        XCTAssertNil(choose(["x", "y", "z", "1"]).0)        // three unusable answers: nothing recovered
        XCTAssertNil(choose([]).0)                           // end of input
    }

    func testAKilledSessionsJournalIsOfferedOnceItsLockIsGone() throws {
        var journal: Journal? = try XCTUnwrap(Journal.start(in: dir))
        journal?.append(SessionLog.Entry(text: "y = 1", result: []), sources: [])
        let path = try XCTUnwrap(journal?.path)
        XCTAssertEqual(Journal.recoverable(in: dir).map(\.path), [], "still running")
        journal = nil    // as when the process is killed: its descriptor, and so its lock, goes; no clean end is written
        XCTAssertEqual(Journal.recoverable(in: dir).map(\.path), [path])
    }

    func testASessionWithNothingRunLeavesNoJournal() throws {
        let journal = try XCTUnwrap(Journal.start(in: dir))
        XCTAssertTrue(FileManager.default.fileExists(atPath: journal.path))
        journal.finish()
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal.path))
    }

    func testAJournalFolderOthersCanWriteIsNotUsed() throws {
        let open = dir + "/open"
        XCTAssertEqual(mkdir(open, 0o700), 0)
        XCTAssertEqual(chmod(open, 0o777), 0)
        XCTAssertNil(Journal.start(in: open))
        let link = dir + "/link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dir)
        XCTAssertNil(Journal.start(in: link))
    }

    func testHistoryIsNeverReadOrWrittenThroughALink() throws {
        let victim = dir + "/victim"
        try "theirs\n".write(toFile: victim, atomically: false, encoding: .utf8)
        let link = dir + "/history"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        let store = HistoryStore(path: link)
        XCTAssertThrowsError(try store.append("mine"))
        XCTAssertThrowsError(try store.load())
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "theirs\n")
        // Compacting writes a new file under an unpredictable name and renames it over the history.
        let real = HistoryStore(path: dir + "/real", limit: 2)
        for e in ["a", "b", "c"] { try real.append(e) }
        try real.compact()
        XCTAssertEqual(try real.load(), ["b", "c"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains("tmp") }, [])
    }
}

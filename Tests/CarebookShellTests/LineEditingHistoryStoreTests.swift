import XCTest
@testable import CarebookShell
import CarebookCore
#if canImport(Glibc)
import Glibc
#endif

final class LineEditingHistoryStoreTests: XCTestCase {
    private var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "history-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    func testDefaultPathPrefersCarebookHistory() {
        XCTAssertEqual(HistoryStore.defaultPath(environment: ["CAREBOOK_HISTORY": "/x/h", "HOME": "/home/a"]), "/x/h")
        XCTAssertEqual(HistoryStore.defaultPath(environment: ["HOME": "/home/a"]), "/home/a/.carebook_history")
        XCTAssertEqual(HistoryStore.defaultPath(environment: ["HOME": "/home/a/", "CAREBOOK_HISTORY": ""]),
                       "/home/a/.carebook_history")
        XCTAssertNil(HistoryStore.defaultPath(environment: [:]))
    }

    func testLoadCreatesPrivateEmptyFile() throws {
        let path = directory + "/h"
        let old = umask(0)
        defer { umask(old) }
        XCTAssertEqual(try HistoryStore(path: path).load(), [])
        XCTAssertEqual(try mode(path), 0o600)
    }

    func testAppendCreatesPrivateFile() throws {
        let path = directory + "/h"
        try HistoryStore(path: path).append("count lac")
        XCTAssertEqual(try mode(path), 0o600)
        XCTAssertEqual(try contents(path), "count lac\n")
    }

    func testExistingFileIsTightened() throws {
        let path = directory + "/h"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("a\n".utf8),
                                                    attributes: [.posixPermissions: 0o644]))
        XCTAssertEqual(try mode(path), 0o644)
        XCTAssertEqual(try HistoryStore(path: path).load(), ["a"])
        XCTAssertEqual(try mode(path), 0o600)
    }

    func testAppendsAsItGoes() throws {
        let path = directory + "/h"
        let store = HistoryStore(path: path)
        try store.append("asat 2017-06-30")
        XCTAssertEqual(try contents(path), "asat 2017-06-30\n")
        try store.append("lac = looked_after()")
        XCTAssertEqual(try contents(path), "asat 2017-06-30\nlac = looked_after()\n")
        XCTAssertEqual(try HistoryStore(path: path).load(), ["asat 2017-06-30", "lac = looked_after()"])
    }

    func testMultiLineEntryRoundTripsAsOneEntry() throws {
        let path = directory + "/h"
        let entry = "plan = step_down(ooa,\n  to: \"In-house \\\\ fostering\",\n  success: 72%)"
        let store = HistoryStore(path: path)
        try store.append(entry)
        try store.append("£3,712 * 52")
        XCTAssertEqual(try contents(path).split(separator: "\n").count, 2)
        XCTAssertEqual(try store.load(), [entry, "£3,712 * 52"])
    }

    func testEscaping() {
        XCTAssertEqual(HistoryStore.escape("a\\b\nc\r"), "a\\\\b\\nc\\r")
        XCTAssertEqual(HistoryStore.unescape("a\\\\b\\nc\\r"), "a\\b\nc\r")
        XCTAssertEqual(HistoryStore.unescape("\\\\n"), "\\n")
        XCTAssertEqual(HistoryStore.unescape("trailing\\"), "trailing\\")
    }

    func testLoadKeepsOnlyTheMostRecentEntries() throws {
        let path = directory + "/h"
        let store = HistoryStore(path: path, limit: 3)
        for i in 1...5 { try store.append("entry \(i)") }
        XCTAssertEqual(try store.load(), ["entry 3", "entry 4", "entry 5"])
        try store.compact()
        XCTAssertEqual(try contents(path), "entry 3\nentry 4\nentry 5\n")
        XCTAssertEqual(try mode(path), 0o600)
    }

    func testLoadTrimmingRewritesOnlyAnOvergrownFile() throws {
        let path = directory + "/h"
        let store = HistoryStore(path: path, limit: 2)
        for i in 1...4 { try store.append("e\(i)") }
        XCTAssertEqual(try store.loadTrimming(), ["e3", "e4"])
        XCTAssertEqual(try contents(path), "e1\ne2\ne3\ne4\n")  // not past twice the limit
        try store.append("e5")
        XCTAssertEqual(try store.loadTrimming(), ["e4", "e5"])
        XCTAssertEqual(try contents(path), "e4\ne5\n")
    }

    func testUnwritableLocationIsADiagnostic() {
        let store = HistoryStore(path: directory + "/missing/dir/h")
        XCTAssertThrowsError(try store.append("x")) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.file, self.directory + "/missing/dir/h")
            XCTAssertTrue(diagnostic?.message.hasPrefix("cannot open history file") ?? false)
        }
    }
}

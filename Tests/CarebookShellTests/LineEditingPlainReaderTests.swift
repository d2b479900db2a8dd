import XCTest
@testable import CarebookShell
#if canImport(Glibc)
import Glibc
#endif

final class LineEditingPlainReaderTests: XCTestCase {
    /// A reader over a pipe already holding `bytes` (then closed for writing).
    private func reader(_ bytes: [UInt8]) throws -> PlainLineReader {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        let written = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        XCTAssertEqual(written, bytes.count)
        close(fds[1])
        return PlainLineReader(fileDescriptor: fds[0], closeOnDeinit: true)
    }

    private func readAll(_ reader: PlainLineReader) -> [ReadResult] {
        var results: [ReadResult] = []
        while true {
            let result = reader.readLine(prompt: "> ")
            results.append(result)
            if result == .endOfInput || results.count > 100 { return results }
        }
    }

    func testLinesAndEndOfInput() throws {
        let r = try reader(Array("count lac\nasat 2017-06-30\n".utf8))
        XCTAssertFalse(r.isInteractive)
        XCTAssertEqual(readAll(r), [.line("count lac"), .line("asat 2017-06-30"), .endOfInput])
        XCTAssertEqual(r.readLine(prompt: "> "), .endOfInput)
    }

    func testCRLFIsStripped() throws {
        let r = try reader(Array("a = 1\r\nb = 2\r\n\r\n".utf8))
        XCTAssertEqual(readAll(r), [.line("a = 1"), .line("b = 2"), .line(""), .endOfInput])
    }

    func testLastLineWithoutNewline() throws {
        let r = try reader(Array("first\nlast".utf8))
        XCTAssertEqual(readAll(r), [.line("first"), .line("last"), .endOfInput])
    }

    func testPoundSignAndOtherUTF8() throws {
        let r = try reader(Array("£3,712 * 52\n\"Bromley – Kent\"\n".utf8))
        XCTAssertEqual(readAll(r), [.line("£3,712 * 52"), .line("\"Bromley – Kent\""), .endOfInput])
    }

    func testInvalidUTF8BecomesReplacementCharacter() throws {
        // 0xA3 alone is "£" in Latin-1, invalid in UTF-8.
        let r = try reader([0x78, 0x20, 0xA3, 0x35, 0x0A, 0xC3, 0x0A])
        XCTAssertEqual(readAll(r), [.line("x \u{FFFD}5"), .line("\u{FFFD}"), .endOfInput])
    }

    func testByteOrderMarkIsDropped() throws {
        let r = try reader([0xEF, 0xBB, 0xBF] + Array("count lac\n".utf8))
        XCTAssertEqual(readAll(r), [.line("count lac"), .endOfInput])
    }

    func testEmptyInput() throws {
        XCTAssertEqual(readAll(try reader([])), [.endOfInput])
    }

    func testLongLinesAcrossReads() throws {
        let long = String(repeating: "£", count: 100_000)
        let r = try PlainLineReader(path: try temporaryFile(Array((long + "\nend").utf8)))
        XCTAssertEqual(readAll(r), [.line(long), .line("end"), .endOfInput])
    }

    func testWritesNothingAndKeepsNoHistory() throws {
        let r = try reader(Array("x\n".utf8))
        r.addHistory("x")
        XCTAssertEqual(r.readLine(prompt: "prompt> "), .line("x"))
    }

    func testMissingFileIsADiagnostic() {
        XCTAssertThrowsError(try PlainLineReader(path: "/nonexistent/carebook.cb"))
    }

    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "plain-\(UUID().uuidString)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }
}

import XCTest
@testable import CarebookShell
#if canImport(Glibc)
import Glibc
#endif

final class LineEditingTerminalFactsTests: XCTestCase {
    func testColorRule() {
        XCTAssertTrue(Terminal.colorAllowed(environment: ["TERM": "xterm"], stdoutIsTerminal: true))
        XCTAssertTrue(Terminal.colorAllowed(environment: ["NO_COLOR": ""], stdoutIsTerminal: true))
        XCTAssertFalse(Terminal.colorAllowed(environment: ["NO_COLOR": "1"], stdoutIsTerminal: true))
        XCTAssertFalse(Terminal.colorAllowed(environment: ["TERM": "dumb"], stdoutIsTerminal: true))
        XCTAssertFalse(Terminal.colorAllowed(environment: ["TERM": "xterm"], stdoutIsTerminal: false))
    }

    func testPipeIsNotATerminal() {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        XCTAssertFalse(Terminal.isTerminal(fds[0]))
        XCTAssertNil(Terminal.size(fd: fds[1]))
    }

    func testUTF8LocaleIsEnsured() {
        XCTAssertTrue(UTF8Locale.ensureCType())
        XCTAssertTrue(UTF8Locale.isUTF8)
        var wide: wchar_t = 0
        let bytes: [CChar] = [CChar(bitPattern: 0xC2), CChar(bitPattern: 0xA3)]
        XCTAssertEqual(mbtowc(&wide, bytes, 2), 2)
        XCTAssertEqual(wide, 0xA3)  // "£"
    }

    func testWideTextRoundTrip() {
        let text = "£3,712 * 52 – ok"
        let back = WideText.withWide(text) { WideText.string($0, count: text.unicodeScalars.count) }
        XCTAssertEqual(back, text)
        XCTAssertEqual(WideText.string([0x41, -1, 0xD800] as [wchar_t]), "A\u{FFFD}\u{FFFD}")
    }
}

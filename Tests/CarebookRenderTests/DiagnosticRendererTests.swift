import XCTest
import CarebookCore
@testable import CarebookRender

/// The rustc-style block, drawn in CarebookRender: the engine's diagnostics carry no colour.
final class DiagnosticRendererTests: XCTestCase {
    func testABlockQuotesTheLineWithACaretUnderTheRange() {
        let source = "lac = 1\nooa = lac where placment == \"K2\""
        let range = SourceRange(SourceLocation(line: 2, column: 17), SourceLocation(line: 2, column: 25))
        let d = Diagnostic("no column `placment`", at: range, file: "sufficiency.cb", hint: "did you mean `placement`?")
        XCTAssertEqual(DiagnosticRenderer.render(d, source: source), """
            error: no column `placment`
             --> sufficiency.cb:2:17
            2 | ooa = lac where placment == "K2"
              |                 ^^^^^^^^ did you mean `placement`?
            """)
    }

    func testColourIsAddedOnlyWhenAskedFor() {
        let d = Diagnostic("careful", severity: .warning)
        XCTAssertEqual(DiagnosticRenderer.render(d, source: nil), "warning: careful")
        XCTAssertEqual(DiagnosticRenderer.render(d, source: nil, color: true), "\u{1B}[1;33mwarning\u{1B}[0m: careful")
    }

    func testAOneMegabyteLineIsCutToAWindowAroundTheError() {
        let source = "x = " + String(repeating: "a", count: 1_000_000)
        let (_, diagnostics, _) = Parser.parse(source)
        let block = DiagnosticRenderer.render(diagnostics[0], source: source)
        XCTAssertLessThan(block.count, 600, "the quoted line is cut to a window around the error")
        XCTAssertTrue(block.contains("…"))
    }
}

import Foundation
import XCTest

/// A warning reaches the user wherever a statement runs: the script's output (in full, with the
/// caret), `check` (recorded as a `warning:` line, so a new warning is a difference) and a rendered report.
final class WarningOutputTests: XCTestCase {
    var scratch: URL!
    let root = EndToEndTests.root.appendingPathComponent("Tests/Fixtures/money").path

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: EndToEndTests.binary),
                          "build the binary first: swift build --product carebook")
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("carebook-warn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        // Looked after on 31 Mar 2019: 4 children, 2 in commissioned children's homes (see the money transcripts).
        try """
        load "\(root)/header.csv"
        load "\(root)/episodes.csv"
        asat 2019-03-31
        count looked_after() where placement_group == "Commissioned childrens home"
        count looked_after() where placement_group == "Commissioned children's home"

        """.write(to: scratch.appendingPathComponent("w.cb"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    let message = #"warning: no row has placement_group "Commissioned childrens home"; did you mean "Commissioned children's home"?"#

    func testAScriptShowsTheWarningInFullAndGoesOn() throws {
        let r = try runCarebook(["w.cb"], in: scratch, home: scratch)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains(message + "\n --> w.cb:4:47\n"), r.out)
        XCTAssertTrue(r.out.hasSuffix("^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n0\n2\n"), r.out)
    }

    func testCheckRecordsTheWarningAndNoticesANewOne() throws {
        XCTAssertEqual(try runCarebook(["check", "--update", "w.cb"], in: scratch, home: scratch).status, 0)
        let recorded = try String(contentsOf: scratch.appendingPathComponent("w.cb"), encoding: .utf8)
        XCTAssertTrue(recorded.contains("\n#> " + message + "\n#> 0\n"), recorded)
        XCTAssertEqual(try runCarebook(["check", "w.cb"], in: scratch, home: scratch).status, 0)
        // A recording made before the warning existed: check reports the statement as different.
        try recorded.replacingOccurrences(of: "#> " + message + "\n", with: "")
            .write(to: scratch.appendingPathComponent("w.cb"), atomically: true, encoding: .utf8)
        let r = try runCarebook(["check", "w.cb"], in: scratch, home: scratch)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("result differs for: count looked_after() where placement_group == \"Commissioned childrens home\""), r.err)
    }

    func testARenderedReportShowsTheWarning() throws {
        let r = try runCarebook(["render", "w.cb", "-o", "w.md"], in: scratch, home: scratch)
        XCTAssertEqual(r.status, 0, r.err)
        let md = try String(contentsOf: scratch.appendingPathComponent("w.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("```text\n" + message + "\n```"), md)
        let h = try runCarebook(["render", "w.cb", "-o", "w.html"], in: scratch, home: scratch)
        XCTAssertEqual(h.status, 0, h.err)
        let html = try String(contentsOf: scratch.appendingPathComponent("w.html"), encoding: .utf8)
        XCTAssertTrue(html.contains(#"<pre class="error refused warning" role="note">warning: no row has placement_group"#), html)
    }
}

import Foundation
import XCTest

/// `carebook render --publish [--allow-ids]` as a user runs it: the flags reach the report.
extension EndToEndTests {
    func testRenderPublishWithholdsIDsAndAllowIDsLetsThemThrough() throws {
        _ = try write("kids.csv", "child,age\nKX17,3\nKX29,14\n")
        _ = try write("r.cb", "load \"kids.csv\" as kids\nkids\nkids.child\n")
        let published = try carebook(["render", "r.cb", "-o", "p.md", "--publish"], in: scratch)
        XCTAssertEqual(published.status, 0, published.err)
        let p = try String(contentsOfFile: scratch.appendingPathComponent("p.md").path, encoding: .utf8)
        XCTAssertFalse(p.contains("KX17") || p.contains("KX29"), p)
        XCTAssertTrue(p.contains("[child IDs withheld]"), p)

        let allowed = try carebook(["render", "r.cb", "-o", "a.md", "--publish", "--allow-ids"], in: scratch)
        XCTAssertEqual(allowed.status, 0, allowed.err)
        let a = try String(contentsOfFile: scratch.appendingPathComponent("a.md").path, encoding: .utf8)
        XCTAssertTrue(a.contains("KX17") && a.contains("KX29"), a)
        XCTAssertTrue(a.contains("rendered with --allow-ids: child IDs are shown, so this report identifies children"), a)
    }
}

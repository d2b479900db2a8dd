import Foundation
import XCTest

/// `check --update` converges in one pass: a recorded error quotes its statement's own lines, so
/// recordings that grow above it do not move it.
extension EndToEndTests {
    func testCheckUpdateConvergesInOnePass() throws {
        // Nothing recorded yet: the update inserts a result under line 2 and an error block under line 3,
        // which moves the second error (written at line 4) down by the lines inserted above it.
        let text = "x = [1, 2, 3]\nx\n£5 + 5\ny = x +* 1\n"
        let path = try write("u.cb", text)
        let first = try carebook(["check", "--update", path], in: scratch)
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertEqual(first.out, "\(path): updated 3 recorded results\n")
        let updated = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(updated, """
            x = [1, 2, 3]
            x
            #> [1, 2, 3]
            £5 + 5
            #> error: cannot add money and a number
            #> 1 | £5 + 5
            #>   | ^^^^^^ money and numbers combine by * and /; write £ before an amount
            y = x +* 1
            #> error: expected a value, found `*`
            #> 1 | y = x +* 1
            #>   |        ^

            """)
        let second = try carebook(["check", "--update", path], in: scratch)
        XCTAssertEqual(second.out, "\(path): recorded results are up to date\n")
        let check = try carebook(["check", path], in: scratch)
        XCTAssertEqual(check.status, 0, check.err)
        // The terminal still shows where: running the script names the file, line and column.
        let run = try carebook(["--keep-going", path], in: scratch)
        XCTAssertTrue(run.err.contains(" --> u.cb:4:1\n4 | £5 + 5"), run.err)
        XCTAssertTrue(run.err.contains(" --> u.cb:8:8\n8 | y = x +* 1"), run.err)
    }
}

import Foundation
import XCTest

/// Piped input runs exactly like a script file: the same stdout, stderr and exit status for the same
/// text (the file's name in locations reads `<stdin>` for a pipe).
extension EndToEndTests {
    /// Runs `text` as the file `s.cb` and piped, with `args` before it; returns both, locations made alike.
    func fileAndPipe(_ text: String, _ args: [String] = []) throws -> (file: Run, pipe: Run) {
        let path = try write("s.cb", text)
        var file = try carebook(args + [path], in: scratch)
        let pipe = try carebook(args, stdin: text, in: scratch)
        file.err = file.err.replacingOccurrences(of: "--> s.cb:", with: "--> <stdin>:")
        return (file, pipe)
    }

    func assertSame(_ r: (file: Run, pipe: Run), file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.pipe.status, r.file.status, "exit status", file: file, line: line)
        XCTAssertEqual(r.pipe.out, r.file.out, "stdout", file: file, line: line)
        XCTAssertEqual(r.pipe.err, r.file.err, "stderr", file: file, line: line)
    }

    /// Two syntax errors and a runtime error between them: the syntax errors are both reported and
    /// nothing runs (not even the first line), from a file or a pipe.
    func testPipedInputReportsEverySyntaxErrorBeforeRunningLikeAFile() throws {
        let text = "x = 2\nx * 3\ny = x )\n£5 + 5\nz = 1 2\nx + 1\n"
        let r = try fileAndPipe(text)
        assertSame(r)
        XCTAssertEqual(r.pipe.status, 1)
        XCTAssertEqual(r.pipe.out, "", "nothing runs when the text has syntax errors")
        XCTAssertEqual(r.pipe.err.components(separatedBy: "error:").count - 1, 2, r.pipe.err)
        XCTAssertTrue(r.pipe.err.contains("--> <stdin>:3:"), r.pipe.err)
        XCTAssertTrue(r.pipe.err.contains("--> <stdin>:5:"), r.pipe.err)
        XCTAssertFalse(r.pipe.err.contains("cannot add money and a number"), "the runtime error never runs: \(r.pipe.err)")
    }

    /// With --keep-going the same text runs around its syntax errors: 2 × 3 = 6, the runtime error
    /// at line 4, 2 + 1 = 3; three errors in all, in source order, alike from a file or a pipe.
    func testPipedInputKeepsGoingLikeAFile() throws {
        let text = "x = 2\nx * 3\ny = x )\n£5 + 5\nz = 1 2\nx + 1\n"
        let r = try fileAndPipe(text, ["--keep-going"])
        assertSame(r)
        XCTAssertEqual(r.pipe.status, 1)
        XCTAssertEqual(r.pipe.out, "6\n3\n")
        let errors = r.pipe.err.components(separatedBy: "\n").filter { $0.hasPrefix("error:") || $0.hasPrefix(" --> ") }
        XCTAssertEqual(errors, ["error: expected the end of the statement, found `)`", " --> <stdin>:3:7",
                                "error: cannot add money and a number", " --> <stdin>:4:1",
                                "error: expected the end of the statement, found 2", " --> <stdin>:5:7"])
        XCTAssertTrue(r.pipe.err.contains("error: cannot add money and a number\n --> <stdin>:4:1\n4 | £5 + 5\n  | ^^^^^^"), r.pipe.err)
    }

    /// A runtime error stops a pipe where it stops a file: 2 × 3 = 6 is printed, then the error, then nothing.
    func testPipedInputStopsAtARuntimeErrorLikeAFile() throws {
        let r = try fileAndPipe("x = 2\nx * 3\n£5 + 5\nx + 1\n")
        assertSame(r)
        XCTAssertEqual(r.pipe.status, 1)
        XCTAssertEqual(r.pipe.out, "6\n")
        XCTAssertEqual(r.pipe.err, "error: cannot add money and a number\n --> <stdin>:3:1\n3 | £5 + 5\n  | ^^^^^^ "
                       + "money and numbers combine by * and /; write £ before an amount\n")
    }
}

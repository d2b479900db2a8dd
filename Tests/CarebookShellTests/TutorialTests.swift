import Foundation
import XCTest
@testable import CarebookShell

/// `:tutorial` walks a checked script step by step, runs a step on Enter, and checks typed answers.
final class TutorialTests: XCTestCase {
    func testStepsAreShownRunOnEnterAndJudged() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cb-tut-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let course = dir.appendingPathComponent("01-first.cb").path
        try "# # First steps\n# Money is exact.\nx = £3,712\n# A year of it:\nx * 52\n#> £193,024\n# Half:\nx / 2\n#> £1,856\n"
            .write(toFile: course, atomically: true, encoding: .utf8)
        let input = dir.appendingPathComponent("typed.txt").path
        try ":tutorial \(course)\n\nx * 52\nx / 3\n\n".write(toFile: input, atomically: true, encoding: .utf8)

        let session = ShellSession()
        let out = CapturedOutput()
        let reader = try PlainLineReader(path: input)
        REPL(session: session, reader: reader, out: out).run()

        XCTAssertTrue(out.text.contains("starting “First steps”: 3 steps."), out.text)
        XCTAssertTrue(out.text.contains("── step 1 of 3 · First steps ──\nMoney is exact.\ntype it, or press Enter to have it typed:  x = £3,712"), out.text)
        XCTAssertTrue(out.text.contains("> x = £3,712\n✓ right."), "Enter typed the first step")
        XCTAssertTrue(out.text.contains("£193,024\n✓ right."), "the typed answer matched")
        XCTAssertTrue(out.text.contains("£1,237.33\nnot quite.\nthis step gives:\n  £1,856"), out.text)
        XCTAssertTrue(out.text.hasSuffix("£1,856\n✓ right. That is the end of “First steps”. :tutorial lists the others.\n"), out.text)
        XCTAssertNil(session.tutorial)
    }

    func testEveryShippedTutorialIsACheckedScriptThatPasses() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("Scripts/tutorial").path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".cb") }.sorted()
        for name in names {
            let path = dir + "/" + name
            let report = ReplayChecker().check(try ScriptRunner.read(path).get(), file: path)
            XCTAssertTrue(report.passed, ReplayChecker.describe(report))
            let document = try ScriptRunner.read(path).get()
            XCTAssertFalse(document.items.contains { $0.recorded.first?.hasPrefix("error:") == true }, "\(name) records an error")
            let course = try TutorialCourse.load(path).get()
            XCTAssertFalse(course.steps.isEmpty, name)
            let unexplained = course.steps.filter { $0.prose.isEmpty && !$0.statement.hasPrefix("load ") }
            XCTAssertTrue(unexplained.isEmpty, "\(name): every step but a run of loads explains itself in prose: \(unexplained.map(\.statement))")
        }
    }
}

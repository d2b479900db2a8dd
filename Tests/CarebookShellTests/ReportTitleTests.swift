import XCTest
@testable import CarebookShell
import CarebookRender

/// A report's title is the script's first heading, not its file name.
final class ReportTitleTests: XCTestCase {
    private func title(_ script: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("title-\(UUID().uuidString).cb").path
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = NotebookRunner(session: ShellSession()).run(try ScriptRunner.read(path).get(), file: path)
        return run.notebook.title
    }

    func testTheFirstLevelOneHeadingIsTheTitleEvenAfterOtherProse() throws {
        XCTAssertEqual(try title("# A note first.\n#\n# ## Costs\n#\n# # Placement sufficiency, 2019\nx = 1\n"),
                       "Placement sufficiency, 2019")
    }

    func testWithoutALevelOneHeadingTheFirstHeadingOfAnyLevelIsTheTitle() throws {
        XCTAssertEqual(try title("# ## Step-down plan for the board\n# Some prose.\nx = 1\n# ### Later\n"),
                       "Step-down plan for the board")
    }

    func testWithNoHeadingAtAllTheFileNameIsTheTitle() throws {
        XCTAssertTrue(try title("# Just prose.\nx = 1\n").hasPrefix("title-"))
    }
}

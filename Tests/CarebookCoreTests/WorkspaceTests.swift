import Foundation
import XCTest
@testable import CarebookCore

/// The workspace holds what statements work on; the environment holds names only.
final class WorkspaceTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    func run(_ script: String, in interpreter: Interpreter) throws {
        for case let .statement(s) in Parser.entries(script) { _ = try interpreter.run(s) }
    }

    /// Unit costs loaded go to the workspace (5 groups in the fixture, £525 a week for in-house
    /// fostering); the environment gains only the file's name; the file is a data source.
    func testALoaderFillsTheWorkspaceAndBindsOnlyItsName() throws {
        let interpreter = CarebookEngine.makeInterpreter(cache: .off)
        try run("load \"\(Self.fixtures)/money/unit-costs.csv\" as costs_2016\nasat 2019-03-31", in: interpreter)
        let workspace = interpreter.workspace
        XCTAssertEqual(workspace.costs.entries.count, 5)
        XCTAssertEqual(interpreter.environment.names, ["costs_2016"])
        XCTAssertEqual(workspace.sources.map { ($0.path as NSString).lastPathComponent }, ["unit-costs.csv"])
        XCTAssertEqual(workspace.asat, Day(year: 2019, month: 3, day: 31))
        XCTAssertEqual(workspace.reportingDate, workspace.asat)
        let fostering = workspace.costs.entries.first { $0.group == "In-house fostering" }
        XCTAssertEqual(fostering?.weekly, Money(pence: 52_500))
        // `costs.GROUP = …` changes the workspace's costs, not a binding.
        try run("costs.agency_fostering = £950", in: interpreter)
        XCTAssertEqual(workspace.costs.entries.first { $0.group == "Agency fostering" }?.weekly, Money(pence: 95_000))
        XCTAssertEqual(interpreter.environment.names, ["costs_2016"])
    }

    /// Two interpreters over two workspaces share nothing: costs set in one are not in the other.
    func testWorkspacesAreSeparate() throws {
        let a = CarebookEngine.makeInterpreter(cache: .off), b = CarebookEngine.makeInterpreter(cache: .off)
        try run("load \"\(Self.fixtures)/money/unit-costs.csv\"", in: a)
        XCTAssertEqual(a.workspace.costs.entries.count, 5)
        XCTAssertEqual(b.workspace.costs.entries.count, 0)
        XCTAssertTrue(b.workspace.sources.isEmpty)
        XCTAssertFalse(a.workspace === b.workspace)
    }

    /// The load cache is the one injected into the workspace, not one found on its own.
    func testTheLoadCacheIsInjected() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carebook-ws-\(UUID().uuidString)").path
        let interpreter = CarebookEngine.makeInterpreter(cache: LoadCache(directory: folder))
        XCTAssertEqual(interpreter.workspace.cache.directory, folder)
        XCTAssertNil(CarebookEngine.makeInterpreter(cache: .off).workspace.cache.directory)
    }
}

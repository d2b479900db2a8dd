import XCTest
@testable import CarebookCore

/// Which columns are identifiers when a file is read, and how the kind travels through the language.
final class TableIdentifierTests: XCTestCase {
    func testColumnsNamedAsIDsAreFlaggedAndReadAsText() throws {
        let csv = "Child ID,UPN,children,age\n1002,A123,3,14\n1001.5,,4,9\n"
        let table = try CSVReader.parse(bytes: Array(csv.utf8), name: "t.csv").get().table.markingIdentifiers()
        XCTAssertEqual(table.columns.map(\.isIdentifier), [true, true, false, false])
        XCTAssertEqual(table.columns[0].type, .text)
        XCTAssertTrue(table[0, 0].isEqual(to: .text("1002")) && table[1, 0].isEqual(to: .text("1001.5")))
        XCTAssertEqual(table.columns[2].type, .number, "a count of children is not an ID")
    }

    func testTheKindTravelsThroughWithByAndTop() throws {
        let interpreter = CarebookEngine.makeInterpreter(cache: .off)
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("ids-\(UUID().uuidString).csv")
        try "child,age\nK1,3\nK2,14\n".write(to: csv, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: csv) }
        func run(_ source: String) throws -> Output {
            guard case let .statement(s)? = Parser.entries(source).first else { throw Diagnostic("does not parse: \(source)") }
            return try interpreter.run(s)
        }
        func table(_ source: String) throws -> Table {
            guard case let .value(.table(t)) = try run(source) else { throw Diagnostic("no table from \(source)") }
            return t
        }
        _ = try run("load \"\(csv.path)\" as kids")
        let derived = try table("kids with a = child, b = \"id \" + child, c = age + 1 top 1 sort a")
        XCTAssertEqual(derived.columns.map(\.isIdentifier), [true, false, true, true, false])
        XCTAssertEqual(try table("kids by child").columns.map(\.isIdentifier), [true, false, false])
        XCTAssertEqual(try table("kids by age with first = min(child), n = count()").columns.map(\.isIdentifier),
                       [false, false, false, true, false])
    }
}

import Foundation
import XCTest
@testable import CarebookCore

/// Workbooks go through the load cache as CSV files do: an entry per file version and sheet asked for,
/// keeping which sheet was read; a sheet with unreadable cells is not kept, so its warnings are said each time.
final class XLSXLoadCacheTests: XCTestCase {
    var scratch: ScratchFolder!

    override func setUpWithError() throws {
        scratch = try ScratchFolder("xlsx-cache", copying: ["Tests/Fixtures/xlsx/tracker.xlsx", "Tests/Fixtures/xlsx/edge.xlsx"])
    }

    override func tearDown() {
        scratch.remove()
    }

    var cache: LoadCache { LoadCache(directory: scratch.url.appendingPathComponent("cache").path, minimumBytes: 0) }

    func testASecondSessionReadsTheSheetsFromTheCache() throws {
        let script = """
            load "\(scratch.path)/tracker.xlsx" as plans
            load "\(scratch.path)/tracker.xlsx" sheet: "Costs" as costs
            plans
            costs
            """
        let plain = try outputs(of: script, cache: .off)
        XCTAssertTrue(plain[0].contains("sheet: Optional(\"Plans\")"), plain[0])
        XCTAssertTrue(plain[1].contains("sheet: Optional(\"Costs\")"), plain[1])
        let first = cache
        XCTAssertEqual(try outputs(of: script, cache: first), plain)
        XCTAssertEqual(first.counts.current, .init(hits: 0, misses: 2, writes: 2), "one entry per sheet asked for")
        let second = cache
        XCTAssertEqual(try outputs(of: script, cache: second), plain, "the same tables, and the sheet read named")
        XCTAssertEqual(second.counts.current, .init(hits: 2, misses: 0, writes: 0))
    }

    func testASheetWithUnreadableCellsIsNotKept() throws {
        let interpreter = { CarebookEngine.makeInterpreter(cache: self.cache) }
        for _ in 0..<2 {
            let i = interpreter()
            for case let .statement(s) in Parser.entries("load \"\(scratch.path)/edge.xlsx\"") { _ = try i.execute(s).get() }
            XCTAssertEqual(i.warnings.count, 2, "D5's fractional pence and E5's #DIV/0!, every time")
        }
        XCTAssertEqual(cache.usage().entries, 0)
    }
}

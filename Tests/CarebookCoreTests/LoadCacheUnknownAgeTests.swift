import Foundation
import XCTest
@testable import CarebookCore

/// The load cache keeps a child's unknown date of birth unknown (Tests/Fixtures/care/unknown/*.csv:
/// 5002's DOB is 31/02/2010, 5005's blank, 5004 is in no header; 5001 and 5003 have theirs).
final class LoadCacheUnknownAgeTests: CacheScratchTestCase {

    override func setUpWithError() throws {
        scratch = try ScratchFolder("unknown-age", copying: ["Tests/Fixtures/care/unknown/header.csv",
                                                             "Tests/Fixtures/care/unknown/episodes.csv"])
    }

    /// The care data after loading both files, with `cache`.
    func loaded(_ cache: LoadCache) throws -> CareDataSet {
        let interpreter = CarebookEngine.makeInterpreter(cache: cache)
        let script = "load \"\(folder.path)/header.csv\"\nload \"\(folder.path)/episodes.csv\""
        for case let .statement(s) in Parser.entries(script) { _ = try interpreter.run(s) }
        return try XCTUnwrap(interpreter.workspace.care.data)
    }

    func testAnUnknownDateOfBirthIsReadBackUnknown() throws {
        let built = try loaded(.off)
        let first = cache
        _ = try loaded(first)
        let second = cache
        let cached = try loaded(second)
        XCTAssertGreaterThan(second.counts.current.hits, 0, "the data set is read back from the cache")
        XCTAssertEqual(second.counts.current.writes, 0)
        XCTAssertEqual(cached.children.map(\.id), ["5001", "5002", "5003", "5005", "5004"])
        XCTAssertEqual(cached.children.map(\.dob), built.children.map(\.dob))
        XCTAssertEqual(cached.children.map { $0.dob == nil }, [false, true, false, true, true])
        XCTAssertEqual(cached.children[0].dob, CareFixtures.day("2005-06-15"))
        XCTAssertEqual(cached.summary, built.summary)
        XCTAssertEqual(cached.lookedAfter(on: CareFixtures.day("2020-03-31")).rowCount, 4)
        // The episode whose PLACE "ZZ" is not a code is kept with PLACE blank, and a blank PLACE read
        // back is not taken for damage (no rewrite above).
        XCTAssertEqual(cached.episodes.filter { $0.place == CodeList.none }.count, 1)
        XCTAssertEqual(cached.episodes.map(\.place), built.episodes.map(\.place))
    }
}

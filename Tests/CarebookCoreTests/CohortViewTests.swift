import XCTest
@testable import CarebookCore

/// The Care↔Money contract: a snapshot written by care is read by money through `CohortView`, by field.
final class CohortViewTests: XCTestCase {
    let data = CareFixtures.main()

    func testASnapshotIsReadByField() throws {
        // Looked after on 31/03/2017 (CareModelTests' notes): 1007 in U6 with PR5, 16 that day, so band 16+.
        let view = CohortView(data.lookedAfter(on: CareFixtures.day("31/03/2017")))
        XCTAssertTrue(CohortView.Field.allCases.allSatisfy(view.has))
        let row = try XCTUnwrap((0..<view.rowCount).first { view.childKey($0) == "1007" })
        XCTAssertEqual(view.text(.provider, row), "PR5")
        XCTAssertEqual(view.text(.ageBand, row), "16+")
        XCTAssertEqual(view.text(.placementGroup, row), "Agency fostering (IFA / other LA)", "U6 with PR5 in the default mapping")
    }

    func testAMissingFieldReadsAsAbsentAndCostingNamesTheColumn() throws {
        let t = try CSVReader.parse(bytes: Array("child,age\n7,3\n".utf8), name: "kids.csv").get().table
        let view = CohortView(t)
        XCTAssertEqual(view.childKey(0), "7", "a numeric child is keyed as its text")
        XCTAssertNil(view.text(.placementGroup, 0))
        XCTAssertFalse(view.has(.placementGroup))
        XCTAssertThrowsError(try UnitCosts(entries: []).weeklyCosts(for: t)) { error in
            XCTAssertEqual((error as? Diagnostic)?.message, "the table has no `placement_group` column to cost")
        }
    }
}

import XCTest
@testable import CarebookCore

/// Which CIN census table a CSV is taken for, by its columns.
final class CINKindTests: XCTestCase {
    func testEachTableIsRecognisedByItsOwnColumns() {
        for kind in CINKind.allCases {
            let found = CINKind.recognise(columnNames: kind.required + kind.optional)
            XCTAssertEqual(found?.kind, kind, "\(kind)")
            XCTAssertEqual(found?.missing, [], "\(kind)")
        }
    }

    func testCINdetailsWithAConferenceDateIsNotTakenForSection47() {
        let names = ["LAchildID", "CINdetailsID", "CINreferralDate", "DateOfInitialCPC"]
        XCTAssertEqual(CINKind.recognise(columnNames: names)?.kind, .cinDetails)
    }

    func testMissingRequiredColumnsAreNamedIgnoringCase() {
        let found = CINKind.recognise(columnNames: ["lachildid", "cindetailsid", "ReferralSource"])
        XCTAssertEqual(found?.kind, .cinDetails)
        XCTAssertEqual(found?.missing, ["CINreferralDate"])
    }

    func testOtherTablesAreNotCensusTables() {
        XCTAssertNil(CINKind.recognise(columnNames: ["CHILD", "SEX", "DOB", "ETHNIC"]))
        XCTAssertNil(CINKind.recognise(columnNames: ["LAchildID", "workstream"]))
        XCTAssertEqual(CINKind.recognise(columnNames: ["child", "contact_date"])?.kind, .contacts)
    }
}

extension CINKindTests {
    func testContactsMayNameTheChildLAchildID() {
        XCTAssertEqual(CINKind.recognise(columnNames: ["LAchildID", "contact_date", "outcome"])?.kind, .contacts)
    }
}

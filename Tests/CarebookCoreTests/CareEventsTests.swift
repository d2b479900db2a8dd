import XCTest
@testable import CarebookCore

/// Admissions, leavers and moves on the main fixture (see CareModelTests for the children).
///
/// Financial year 2016/17 (01/04/2016–31/03/2017), worked out by hand:
/// - admissions: 1009 on 01/05/2016 and 01/12/2016 (both aged 11). 1004's V3 short break (01/01/2017) is not one.
/// - leavers: 1009 01/08/2016 E4B (home); 1003 01/09/2016 E41 (CAO); 1010 10/02/2017 E11 (adoption);
///   1011 20/02/2017 E17 (18+); 1009 15/03/2017 E45 (SGO).
/// - moves: 1002 01/05/2016 (U6→U4) and 20/01/2017 (U4→K2); 1006 01/06/2016 (U4→A4); 1005 01/12/2016 (U4→U4, new carer).
final class CareEventsTests: XCTestCase {
    let data = CareFixtures.main()
    let year = FinancialYear(2016).range

    func testFinancialYears() {
        XCTAssertEqual(FinancialYear(2017).range, DayRange(from: CareFixtures.day("01/04/2017"), to: CareFixtures.day("31/03/2018")))
        XCTAssertEqual(FinancialYear(2017).description, "2017/18")
        XCTAssertEqual(DayRange.yearToDate(CareFixtures.day("30/06/2017")).from, CareFixtures.day("01/04/2017"))
        XCTAssertEqual(DayRange.yearToDate(CareFixtures.day("31/03/2018")).from, CareFixtures.day("01/04/2017"))
        XCTAssertEqual(DayRange.rolling12Months(endingOn: CareFixtures.day("31/03/2017")).from, CareFixtures.day("01/04/2016"))
        // Leap year: the twelve months to 28/02/2017 start on 29/02/2016.
        XCTAssertEqual(DayRange.rolling12Months(endingOn: CareFixtures.day("28/02/2017")).from, CareFixtures.day("29/02/2016"))
        XCTAssertEqual(DayRange(from: CareFixtures.day("15/01/2017"), to: CareFixtures.day("10/03/2017")).monthEnds,
                       ["31/01/2017", "28/02/2017", "31/03/2017"].map(CareFixtures.day))
    }

    func testAdmissionsInAYearExcludeShortBreaks() {
        let t = data.admissions(from: year.from, to: year.to)
        let rows = CareFixtures.rows(t)
        XCTAssertEqual(rows.compactMap { $0["child"]?.text }, ["1009", "1009"])
        XCTAssertEqual(rows.compactMap { $0["date"]?.day }, ["01/05/2016", "01/12/2016"].map(CareFixtures.day))
        XCTAssertEqual(rows.compactMap { $0["age"]?.number }, [11, 11])
        XCTAssertEqual(rows.compactMap { $0["legal_status"]?.text }, ["V2", "C1"])
        XCTAssertEqual(t.columnNames, ["child", "date", "sex", "age", "age_band", "legal_status", "category_of_need",
                                       "place", "placement_group"])
    }

    func testLeaversWithReasonGroups() {
        let rows = CareFixtures.rows(data.leavers(from: year.from, to: year.to))
        XCTAssertEqual(rows.compactMap { $0["child"]?.text }, ["1003", "1009", "1009", "1010", "1011"])
        XCTAssertEqual(rows.compactMap { $0["reason"]?.text }, ["E41", "E4B", "E45", "E11", "E17"])
        XCTAssertEqual(rows.compactMap { $0["reason_group"]?.text }, ["CAO/residence", "Home", "SGO", "Adoption", "18+/independence"])
        // 1011, born 20/02/1999, left on the 18th birthday; 1010 was in care 01/07/2014–10/02/2017 (136 weeks).
        XCTAssertEqual(rows[4]["age"]?.number, 18)
        XCTAssertEqual(rows[3]["weeks_in_care"]?.number, 136)
    }

    func testReasonGroupsOfEveryCode() {
        XCTAssertEqual(LeavingReasonGroup(rec: "E12"), .adoption)
        XCTAssertEqual(LeavingReasonGroup(rec: "E43"), .specialGuardianship)
        XCTAssertEqual(LeavingReasonGroup(rec: "E48"), .specialGuardianship)
        XCTAssertEqual(LeavingReasonGroup(rec: "E13"), .home)
        XCTAssertEqual(LeavingReasonGroup(rec: "E5"), .independence)
        XCTAssertEqual(LeavingReasonGroup(rec: "E9"), .other)
        XCTAssertEqual(SSDA903Codes.reasonCeased.codes.filter { LeavingReasonGroup(rec: $0).isPermanence },
                       ["E11", "E12", "E43", "E44", "E45", "E46", "E47", "E48", "E41"])
    }

    func testMovesAreNewPlacementsAfterTheFirst() {
        let rows = CareFixtures.rows(data.moves(from: year.from, to: year.to))
        XCTAssertEqual(rows.compactMap { $0["child"]?.text }, ["1002", "1002", "1005", "1006"])
        XCTAssertEqual(rows.compactMap { $0["date"]?.day }, ["01/05/2016", "20/01/2017", "01/12/2016", "01/06/2016"].map(CareFixtures.day))
        XCTAssertEqual(rows.compactMap { $0["from_place"]?.text }, ["U6", "U4", "U4", "U4"])
        XCTAssertEqual(rows.compactMap { $0["to_group"]?.text },
                       ["In-house fostering", "Commissioned children's home", "Agency fostering (IFA / other LA)", "Placed for adoption"])
        XCTAssertEqual(rows.compactMap { $0["reason_change"]?.text }, ["CARPL", "ALLEG", "CREQB"])
    }
}

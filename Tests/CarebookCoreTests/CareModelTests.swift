import XCTest
@testable import CarebookCore

/// The SSDA903 model on the main fixture (Tests/Fixtures/care/header.csv, episodes.csv).
///
/// The children, worked out by hand (as at 31/03/2017 unless said):
/// - 1001 S 01/04/2014 U4 PR1, open: one placement, in-house fostering, in borough (S60).
/// - 1002 S 01/06/2014 U6 PR4 → L 15/09/2014 (legal status only) → P 01/05/2016 U4 PR1 (new carer)
///   → T 10/08/2016 (same carer) → U 01/11/2016 (same carer) → B 20/01/2017 K2 PR4 (new carer), open.
///   Placements: 01/06/2014, 01/05/2016, 20/01/2017 (three; L, T and U do not move the child).
/// - 1003 S 01/02/2015 → X1 → L 01/03/2015 → E41 01/09/2016: one period of care (X1 continues it).
/// - 1004 S 01/01/2017 V3 (short breaks), open: never looked after in the counts.
/// - 1005 S 01/01/2016 U4 PR1 → T1 hospital 01/07/2016 → back to the same carer 05/07/2016 → U4 PR3 01/12/2016:
///   two placements (the temporary move and the return are not placements).
/// - 1006 S 01/03/2014 U4 → B 01/06/2016 A4 placed for adoption, open.
/// - 1007 born 31/03/2001, S 01/09/2014 U6 PR5 in LS1 (out of area): 16 on 31/03/2017 itself.
/// - 1008 born 29/02/2004 (leap day), S 29/02/2016 R1 PR4: 12 on 28/02/2017, 13 from 01/03/2017.
/// - 1009 three periods: 01/04/2015–01/10/2015 (E4A), 01/05/2016–01/08/2016 (E4B), 01/12/2016–15/03/2017 (E45).
/// - 1010 S 01/07/2014 → B 01/01/2016 A3 → adopted (E11) 10/02/2017.
/// - 1011 S 01/03/2015 H5 → E17 (18+, staying put) 20/02/2017.
final class CareModelTests: XCTestCase {
    let data = CareFixtures.main()
    let march = CareFixtures.day("31/03/2017")

    func testLoadsEveryRowOfAValidFileWithNoIssues() {
        XCTAssertEqual(data.children.count, 11)
        XCTAssertEqual(data.episodes.count, 24)
        XCTAssertEqual(data.issues, [])
        XCTAssertEqual(data.repairs, [])
    }

    func testEpisodesAreSortedByChildThenStart() {
        let keys = data.episodes.map { (data.children[Int($0.child)].id, $0.start) }
        XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) })
    }

    func testLegalStatusAndSameCarerChangesDoNotStartPlacements() {
        // 1002: six episodes, three placements (S, P, B); L, T and U continue the placement.
        let c = data.child(id: "1002")!
        XCTAssertEqual(data.periods(ofChild: c).count, 1)
        XCTAssertEqual(data.placements(ofChild: c).map(\.start), ["01/06/2014", "01/05/2016", "20/01/2017"].map(CareFixtures.day))
        XCTAssertEqual(data.placements(ofChild: c).map { $0.episodes.count }, [2, 3, 1])
        XCTAssertEqual(data.placementCount(child: c, twelveMonthsTo: march), 3)
    }

    func testX1ContinuesThePeriodOfCare() {
        // 1003: two episodes joined by X1 are one period, ending 01/09/2016 with E41.
        let periods = data.periods(ofChild: data.child(id: "1003")!)
        XCTAssertEqual(periods.count, 1)
        XCTAssertEqual(periods.first?.start, CareFixtures.day("01/02/2015"))
        XCTAssertEqual(periods.first?.end, CareFixtures.day("01/09/2016"))
        XCTAssertEqual(periods.first?.reasonGroup, .childArrangements)
    }

    func testTemporaryMovesAreNotPlacements() {
        // 1005: U4 from 01/01/2016, T1 01/07–05/07/2016, back to the same U4 carer, then a new carer on 01/12/2016.
        // Counting naively would give 4 placements; the rule gives 2: the first is held on 01/04/2016, the second starts 01/12/2016.
        let c = data.child(id: "1005")!
        XCTAssertEqual(data.placements(ofChild: c).map(\.start), ["01/01/2016", "01/12/2016"].map(CareFixtures.day))
        XCTAssertEqual(data.placementCount(child: c, twelveMonthsTo: march), 2)
    }

    func testAChildWithSeveralPeriodsOfCare() {
        // 1009: three periods, each with one placement; on 28/02/2017 the 12-month window (01/03/2016–28/02/2017)
        // holds the 2nd (01/05/2016) and 3rd (01/12/2016) placements, not the 1st (ended 01/10/2015).
        let c = data.child(id: "1009")!
        let periods = data.periods(ofChild: c)
        XCTAssertEqual(periods.map(\.start), ["01/04/2015", "01/05/2016", "01/12/2016"].map(CareFixtures.day))
        XCTAssertEqual(periods.map(\.reasonGroup), [.home, .home, .specialGuardianship])
        XCTAssertEqual(data.placementCount(child: c, twelveMonthsTo: CareFixtures.day("28/02/2017")), 2)
    }

    func testLookedAfterOnADateExcludesShortBreaksAndLeavers() {
        // Open on 31/03/2017: 1001, 1002, 1005, 1006, 1007, 1008. Not 1004 (V3), nor the children who left.
        let t = data.lookedAfter(on: march)
        XCTAssertEqual(t.column(named: "child").map { c in (0..<t.rowCount).compactMap { c[$0].text } },
                       ["1001", "1002", "1005", "1006", "1007", "1008"])
        // On 28/02/2017 1009 is still looked after (left 15/03/2017); 1010 left 10/02/2017 and 1011 20/02/2017.
        XCTAssertEqual(data.lookedAfter(on: CareFixtures.day("28/02/2017")).rowCount, 7)
        // DEC is the first day out: 1009 is not looked after on 15/03/2017 itself.
        XCTAssertNil(CareFixtures.row(data.lookedAfter(on: CareFixtures.day("15/03/2017")), child: "1009"))
        XCTAssertNotNil(CareFixtures.row(data.lookedAfter(on: CareFixtures.day("14/03/2017")), child: "1009"))
    }

    func testSnapshotHasTheAgreedColumns() {
        let t = data.lookedAfter(on: march)
        XCTAssertEqual(t.columnNames, ["child", "sex", "age", "age_band", "legal_status", "place", "provider",
                                       "placement_group", "commissioned", "family_based", "out_of_area",
                                       "date_entered_care", "weeks_in_care", "placement_start", "weeks_in_placement",
                                       "placements_last_12_months"])
        XCTAssertEqual(t.column(named: "age_band")?.levels, ["Under 1", "1–4", "5–9", "10–15", "16+", "Unknown"])
        XCTAssertEqual(t.column(named: "commissioned")?.type, .bool)
        XCTAssertEqual(t.column(named: "date_entered_care")?.type, .date)
        XCTAssertEqual(t.column(named: "weeks_in_care")?.type, .number)
    }

    func testSnapshotRowForAChildAfterATemporaryMove() {
        // 1005 on 31/03/2017: entered 01/01/2016 (455 days = 65 weeks); placement from 01/12/2016
        // (120 days = 17 weeks); U4 with PR3 is agency fostering: commissioned, family-based; S66 is in borough.
        let r = CareFixtures.row(data.lookedAfter(on: march), child: "1005")!
        XCTAssertEqual(r["sex"]?.text, "F")
        XCTAssertEqual(r["age"]?.number, 10)
        XCTAssertEqual(r["age_band"]?.text, "10–15")
        XCTAssertEqual(r["legal_status"]?.text, "C2")
        XCTAssertEqual(r["place"]?.text, "U4")
        XCTAssertEqual(r["provider"]?.text, "PR3")
        XCTAssertEqual(r["placement_group"]?.text, "Agency fostering (IFA / other LA)")
        XCTAssertEqual(r["commissioned"]?.bool, true)
        XCTAssertEqual(r["family_based"]?.bool, true)
        XCTAssertEqual(r["out_of_area"]?.bool, false)
        XCTAssertEqual(r["date_entered_care"]?.day, CareFixtures.day("01/01/2016"))
        XCTAssertEqual(r["weeks_in_care"]?.number, 65)
        XCTAssertEqual(r["placement_start"]?.day, CareFixtures.day("01/12/2016"))
        XCTAssertEqual(r["weeks_in_placement"]?.number, 17)
        XCTAssertEqual(r["placements_last_12_months"]?.number, 2)
    }

    func testBirthdayOnTheAsAtDateCounts() {
        // 1007 was born 31/03/2001: 15 on 30/03/2017, 16 (and 16+) on 31/03/2017.
        XCTAssertEqual(CareFixtures.row(data.lookedAfter(on: CareFixtures.day("30/03/2017")), child: "1007")?["age"]?.number, 15)
        let r = CareFixtures.row(data.lookedAfter(on: march), child: "1007")!
        XCTAssertEqual(r["age"]?.number, 16)
        XCTAssertEqual(r["age_band"]?.text, "16+")
    }

    func testLeapDayBirthdayAndStart() {
        // 1008 born 29/02/2004: in 2017 (no 29 Feb) the birthday counts on 01/03. Entered care 29/02/2016:
        // on 31/03/2017 that is 396 days = 56 weeks.
        XCTAssertEqual(CareFixtures.row(data.lookedAfter(on: CareFixtures.day("28/02/2017")), child: "1008")?["age"]?.number, 12)
        XCTAssertEqual(CareFixtures.row(data.lookedAfter(on: CareFixtures.day("01/03/2017")), child: "1008")?["age"]?.number, 13)
        let r = CareFixtures.row(data.lookedAfter(on: march), child: "1008")!
        XCTAssertEqual(r["weeks_in_care"]?.number, 56)
        XCTAssertEqual(r["placement_group"]?.text, "Commissioned children's home")
    }

    func testOutOfAreaComesFromThePlacementPostcodeDistrict() {
        // Borough districts S60, S61, S65, S66: 1002 in DN1 and 1007 in LS1 are out of area.
        let t = data.lookedAfter(on: march)
        let out = CareFixtures.rows(t).filter { $0["out_of_area"]?.bool == true }.compactMap { $0["child"]?.text }
        XCTAssertEqual(out, ["1002", "1007"])
        // Without a district list, out of area is unknown for everyone.
        let unknown = CareFixtures.main(districts: nil).lookedAfter(on: march)
        XCTAssertTrue(CareFixtures.rows(unknown).allSatisfy { $0["out_of_area"]?.isMissing == true })
    }

    func testPostcodeDistricts() {
        XCTAssertEqual(Postcode.district(of: "M8 9AB"), "M8")
        XCTAssertEqual(Postcode.district(of: "s602th"), "S60")
        XCTAssertEqual(Postcode.district(of: "DN1"), "DN1")
        XCTAssertNil(Postcode.district(of: "  "))
    }

    func testDefaultMappingFollowsDomainSection3() {
        let m = PlacementMapping.default
        func group(_ place: String, _ provider: String?) -> String {
            let p = provider.map { SSDA903Codes.provider.index(of: $0)! } ?? CodeList.none
            return m.groups[Int(m.group(place: SSDA903Codes.place.index(of: place)!, provider: p))].name
        }
        XCTAssertEqual(group("U5", "PR1"), "In-house fostering")
        XCTAssertEqual(group("U2", nil), "Connected-person fostering")
        XCTAssertEqual(group("U6", "PR2"), "Agency fostering (IFA / other LA)")
        XCTAssertEqual(group("R1", "PR1"), "In-house children's home")
        XCTAssertEqual(group("K2", "PR5"), "Commissioned children's home")
        XCTAssertEqual(group("S1", "PR4"), "Residential school")
        XCTAssertEqual(group("K1", "PR2"), "Secure")
        XCTAssertEqual(group("A5", "PR1"), "Placed for adoption")
        XCTAssertEqual(group("P1", "PR0"), "Placed with parents")
        XCTAssertEqual(group("K3", "PR4"), "Independent / supported living")
        XCTAssertEqual(group("R5", "PR3"), "Custody")
        XCTAssertEqual(group("T1", nil), "Other")
        XCTAssertEqual(m.groups.filter(\.commissioned).map(\.name), ["Agency fostering (IFA / other LA)", "Commissioned children's home"])
        XCTAssertEqual(m.groups.filter(\.familyBased).count, 5)
    }

    func testAnLACanLoadItsOwnMapping() throws {
        // Every fostering placement in one group; a re-mapped data set reclassifies without reloading.
        let table = SimpleCSV.table("place,provider,group,commissioned,family_based\nU1 U2 U3 U4 U5 U6,*,Fostering,no,yes\n",
                                    origin: "la.csv")
        let own = try PlacementMapping(table: table)
        XCTAssertEqual(own.groups.map(\.name), ["Fostering", "Other"])
        let remapped = data.remapped(mapping: own, inBoroughDistricts: nil)
        let groups = CareFixtures.rows(remapped.lookedAfter(on: march)).compactMap { $0["placement_group"]?.text }
        XCTAssertEqual(groups, ["Fostering", "Other", "Fostering", "Other", "Fostering", "Other"])
        let bad = SimpleCSV.table("place,provider,group\nU7,*,Fostering\n", origin: "la.csv")
        XCTAssertThrowsError(try PlacementMapping(table: bad)) { error in
            XCTAssertEqual((error as? Diagnostic)?.message, "`U7` is not a PLACE code")
        }
    }
}

import XCTest
@testable import CarebookCore

/// Indicators on the main fixture (see CareModelTests and CareEventsTests for the children and events).
///
/// As at 31/03/2017, looked after: 1001, 1002, 1005, 1006, 1007, 1008 (6).
/// - 8.2: placements in 01/04/2016–31/03/2017: 1002 has 3 (held on 01/04/2016, 01/05/2016, 20/01/2017);
///   1005 and 1006 have 2; the rest 1 → 1 of 6 = 16.7%.
/// - 8.1: under 16 and in care since 30/09/2014 or earlier: 1001 (since 01/04/2014), 1002 (01/06/2014),
///   1006 (01/03/2014); 1007 has just turned 16. Stable: 1001 (same placement since 2014), 1006 (placed for
///   adoption 01/06/2016, previous placement from 01/03/2014: together over 2 years); 1002 moved 20/01/2017
///   → 2 of 3 = 66.7%. On 30/03/2017 1007 is still 15 and stable since 01/09/2014 → 3 of 4 = 75.0%.
/// - 8.3 family-based: U4, U4, A4, U6 (1001, 1005, 1006, 1007) → 4 of 6; 8.4 P1: 0 of 6;
///   8.5 commissioned: K2 PR4, U4 PR3, U6 PR5, R1 PR4 (1002, 1005, 1007, 1008) → 4 of 6;
///   9.1 fostering U1–U6: 1001, 1005, 1007 → 3; 9.2 3 of 6 = 50.0%.
/// - 6.2: 6 ÷ 56,356 × 10,000 = 1.06 → 1.1.
/// - Year to date 2016/17: 6.3 = 2 admissions; 6.4 = 5 leavers; 6.5 = 3 of 5 (E41, E45, E11) = 60.0%;
///   6.6 = 1 of 5 (E45) = 20.0%; 6.8 = 1 of 5 (E11) = 20.0%; average age at admission (11 + 11) / 2 = 11.0.
/// - Net change: 7 on 28/02/2017 (1009 still in care), 6 on 31/03/2017 → −1.
final class CareIndicatorTests: XCTestCase {
    let data = CareFixtures.main()
    let catalogue = IndicatorCatalogue.standard
    let march = CareFixtures.day("31/03/2017")

    func result(_ id: String, on day: Day? = nil) -> IndicatorResult {
        try! catalogue.evaluate(id: id, on: day ?? march, data: data, population: .exampleBorough).get()
    }

    func testCatalogueCoversTheScorecard() {
        XCTAssertEqual(catalogue.indicators.map(\.id), ["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.8", "8.1", "8.2",
                                                        "8.3", "8.4", "8.5", "9.1", "9.2", "admission_age", "net_change",
                                                        "6.7", "6.9", "6.10", "7.3", "7.4", "10.1", "10.2", "10.3", "10.4",
                                                        "10.5", "missing_children", "missing_episodes"])
        XCTAssertTrue(catalogue.indicators.allSatisfy { $0.definition.count > 60 && !$0.name.isEmpty })
        XCTAssertEqual(catalogue["8.2"]?.polarity, .low)
        XCTAssertEqual(catalogue["8.2"]?.thresholds, Thresholds(red: 0.12, amber: 0.12, green: 0.096))
        XCTAssertEqual(catalogue["6.5"]?.isYearToDate, true)
        XCTAssertEqual(catalogue["8.1"]?.isYearToDate, false)
        // The return's indicators: seed 003's tolerances; A1 and A2 in days, low is good.
        XCTAssertEqual(catalogue["6.10"]?.thresholds, Thresholds(red: 0.9, amber: 0.9, green: 0.95))
        XCTAssertEqual(catalogue["10.4"]?.thresholds, Thresholds(red: 511, amber: 511, green: 487))
        XCTAssertEqual(catalogue["10.5"]?.unit, .averageDays)
        XCTAssertEqual(catalogue["10.5"]?.polarity, .low)
        XCTAssertEqual(catalogue["6.7"]?.isYearToDate, true)
        XCTAssertNil(catalogue["6.11"], "6.11 needs an initial health assessment date the 903 does not hold")
    }

    func testSnapshotIndicators() {
        XCTAssertEqual(result("6.1").text, "6")
        XCTAssertEqual(result("6.1").children, ["1001", "1002", "1005", "1006", "1007", "1008"])
        XCTAssertEqual(result("6.2").text, "1.1 per 10,000 (6 of 56,356 aged 0–17)")
        XCTAssertEqual(result("8.3").text, "4 of 6, 66.7%")
        XCTAssertEqual(result("8.4").text, "0 of 6, 0.0%")
        XCTAssertEqual(result("8.5").text, "4 of 6, 66.7%")
        XCTAssertEqual(result("8.5").children, ["1002", "1005", "1007", "1008"])
        XCTAssertEqual(result("9.1").text, "3")
        XCTAssertEqual(result("9.2").text, "3 of 6, 50.0%")
    }

    func testThreeOrMorePlacementsRolling12Months() {
        let r = result("8.2")
        XCTAssertEqual(r.text, "1 of 6, 16.7%")
        XCTAssertEqual(r.children, ["1002"])
        XCTAssertEqual(r.rag, .red)
    }

    func testLongTermStabilityIncludingPlacedForAdoptionAndABirthday() {
        let r = result("8.1")
        XCTAssertEqual(r.text, "2 of 3, 66.7%")
        XCTAssertEqual(r.children, ["1001", "1006"])
        XCTAssertEqual(r.rag, .red)
        let day = result("8.1", on: CareFixtures.day("30/03/2017"))
        XCTAssertEqual(day.text, "3 of 4, 75.0%")
        XCTAssertEqual(day.rag, .green)
    }

    /// 5001: in care from 01/01/2015, new carer on 29/02/2016 (a leap day). Two years in that placement are
    /// reached on 01/03/2018 (28/02/2016 is before the start), so on 28/02/2018 it is not yet stable.
    /// 5002: in care from 01/01/2015; new carer 01/01/2017; placed for adoption 01/06/2017. On 31/03/2018
    /// the adoption placement and the one before it began 01/01/2017: less than 2 years, not stable.
    func testStabilityAcrossALeapDayAndAShortPreviousPlacement() {
        let header = SimpleCSV.table("CHILD,SEX,DOB,ETHNIC\n5001,1,01/01/2010,WBRI\n5002,2,01/01/2012,WBRI\n", origin: "h")
        let episodes = SimpleCSV.table("""
            CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC
            5001,01/01/2015,S,C2,N1,U4,PR1,29/02/2016,X1
            5001,29/02/2016,P,C2,N1,U5,PR1,,
            5002,01/01/2015,S,C2,N1,U4,PR1,01/01/2017,X1
            5002,01/01/2017,B,C2,N1,U5,PR1,01/06/2017,X1
            5002,01/06/2017,B,E1,N1,A3,PR1,,
            """, origin: "e")
        let d = CareDataSet.build(headers: [(header, "h")], episodes: [(episodes, "e")])
        func stability(_ text: String) -> IndicatorResult {
            try! catalogue.evaluate(id: "8.1", on: CareFixtures.day(text), data: d).get()
        }
        XCTAssertEqual(stability("28/02/2018").children, [])
        XCTAssertEqual(stability("01/03/2018").children, ["5001"])
        XCTAssertEqual(stability("31/03/2018").text, "1 of 2, 50.0%")
    }

    func testYearToDateIndicators() {
        XCTAssertEqual(result("6.3").text, "2")
        XCTAssertEqual(result("6.3").window, FinancialYear(2016).range)
        XCTAssertEqual(result("6.4").text, "5")
        XCTAssertEqual(result("6.5").text, "3 of 5, 60.0%")
        XCTAssertEqual(result("6.5").children, ["1003", "1009", "1010"])
        XCTAssertEqual(result("6.5").rag, .green)
        XCTAssertEqual(result("6.6").text, "1 of 5, 20.0%")
        XCTAssertEqual(result("6.8").text, "1 of 5, 20.0%")
        XCTAssertEqual(result("6.8").rag, .amber)
        XCTAssertEqual(result("admission_age").text, "11.0 years (average of 2)")
    }

    func testNetMonthlyChange() {
        let r = result("net_change")
        XCTAssertEqual(r.value, -1)
        XCTAssertEqual(r.text, "-1 (6, was 7)")
        XCTAssertEqual(r.children, ["1009"])
    }

    func testPublishedFormOfAPercentage() {
        // The seeds' 8.2 for June 2017: 63 of 522.
        let r = IndicatorResult(id: "8.2", name: "", unit: .percent, window: DayRange(from: march, to: march),
                                numerator: 63, denominator: 522, value: 63.0 / 522, children: [], rag: nil)
        XCTAssertEqual(r.text, "63 of 522, 12.1%")
        XCTAssertEqual(IndicatorUnit.ratePer10000.format(522.0 / 56_356 * 10_000), "92.6")
    }

    func testUnknownIndicatorSuggestsTheNearest() {
        guard case let .failure(d) = catalogue.evaluate(id: "8.22", on: march, data: data) else { return XCTFail() }
        XCTAssertEqual(d.message, "no indicator `8.22`")
        XCTAssertEqual(d.hint, "did you mean `8.2`?")
    }

    func testRAGAgainstTheSeedsTolerances() {
        let t82 = catalogue["8.2"]!.thresholds, t65 = catalogue["6.5"]!.thresholds, t83 = catalogue["8.3"]!.thresholds
        XCTAssertEqual(RAG.rate(value: 0.121, thresholds: t82, polarity: .low), .red)     // 12%+ red
        XCTAssertEqual(RAG.rate(value: 0.12, thresholds: t82, polarity: .low), .red)
        XCTAssertEqual(RAG.rate(value: 0.116, thresholds: t82, polarity: .low), .amber)   // under 12%
        XCTAssertEqual(RAG.rate(value: 0.095, thresholds: t82, polarity: .low), .green)   // under 9.6%
        XCTAssertEqual(RAG.rate(value: 0.231, thresholds: t65, polarity: .high), .red)    // <33%
        XCTAssertEqual(RAG.rate(value: 0.33, thresholds: t65, polarity: .high), .amber)   // 33%+
        XCTAssertEqual(RAG.rate(value: 0.375, thresholds: t65, polarity: .high), .green)  // 35%+
        XCTAssertEqual(RAG.rate(value: 0.82, thresholds: t83, polarity: .high), .red)     // green only: short of it is red
        XCTAssertEqual(RAG.rate(value: 0.875, thresholds: t83, polarity: .high), .green)
        XCTAssertNil(RAG.rate(value: 522, thresholds: .none, polarity: .info))
    }

    func testDirectionOfTravelReadWithPolarityAsInTheSeedsJune2017() {
        func dot(_ a: Double, _ b: Double, _ p: Polarity) -> String? {
            DirectionOfTravel.read(previous: a, current: b, polarity: p)?.symbol
        }
        XCTAssertEqual(dot(504, 522, .info), "↑")     // 6.1: increase in numbers
        XCTAssertEqual(dot(89.4, 92.6, .low), "↓")    // 6.2: higher rate is worse
        XCTAssertEqual(dot(0.083, 0.063, .high), "↓") // 6.6
        XCTAssertEqual(dot(0.127, 0.121, .low), "↑")  // 8.2: fewer with 3+ placements is better
        XCTAssertEqual(dot(0.05, 0.05, .low), "→")    // 8.4
        XCTAssertEqual(dot(0.462, 0.466, .low), "↓")  // 8.5
        XCTAssertEqual(dot(364, 385, .high), "↑")     // 9.1
        XCTAssertEqual(DirectionOfTravel.read(previous: 0.127, current: 0.121, polarity: .low), .improving)
    }

    func testTargetsFromAnLAsOwnFile() throws {
        let own = try catalogue.withTargets(SimpleCSV.table("id,red,amber,green\n8.2,15,15,10\n6.1,,,\n", origin: "t.csv"))
        XCTAssertEqual(own["8.2"]?.thresholds, Thresholds(red: 0.15, amber: 0.15, green: 0.10))
        XCTAssertEqual(own["6.5"]?.thresholds, catalogue["6.5"]?.thresholds)
        XCTAssertThrowsError(try catalogue.withTargets(SimpleCSV.table("id,red\n8.9,1\n", origin: "t.csv"))) { e in
            XCTAssertEqual((e as? Diagnostic)?.message, "no indicator `8.9`")
        }
    }
}

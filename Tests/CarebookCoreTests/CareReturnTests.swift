import XCTest
@testable import CarebookCore

/// The return's other tables: recognised by their columns, merged across years, joined to a data set read back without an index.
final class CareReturnTests: XCTestCase {
    private func table(_ csv: String) -> Table { SimpleCSV.table(csv, origin: "t.csv") }

    private let header = """
        CHILD,SEX,DOB,ETHNIC
        7001,1,01/05/2010,WBRI
        """
    private let episodes = """
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC
        7001,02/01/2017,S,C2,N1,U1,PR1,,
        """

    func testSocialWorkerEpisodesAreRecognised() {
        XCTAssertEqual(SSDA903Kind.detect(columnNames: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"]),
                       .socialWorkers)
    }

    /// The same review in two returns is kept once (the later file's), and numbering runs across both files.
    func testReviewsMergeAcrossReturnsByChildAndDate() {
        var data = CareDataSet.build(headers: [(table(header), "h.csv")], episodes: [(table(episodes), "e.csv")])
        let older = table("CHILD,DOB,REVIEW,REVIEW_CODE\n7001,01/05/2010,20/01/2017,PN1\n7001,01/05/2010,10/04/2017,PN1")
        let newer = table("CHILD,DOB,REVIEW,REVIEW_CODE\n7001,01/05/2010,10/04/2017,PN2\n7001,01/05/2010,01/10/2017,PN2")
        data.attach([(.reviews, older, "r2017.csv"), (.reviews, newer, "r2018.csv")], holidays: .englandAndWales)
        let reviews = data.returnTables.reviews
        XCTAssertEqual(reviews.map(\.number), [1, 2, 3])
        XCTAssertEqual(reviews[1].code, "PN2", "the later return's row is kept")
        XCTAssertEqual(data.returnTables.replaced, 1)
        // Entered Mon 02/01/2017: 20 working days later is Mon 30/01/2017 (no bank holiday in January after the 2nd).
        XCTAssertEqual(reviews[0].due, Day(year: 2017, month: 1, day: 30))
        // 2nd due 20/01 + 3 months = 20/04/2017; 3rd due 10/04 + 6 months = 10/10/2017.
        XCTAssertEqual(reviews[1].due, Day(year: 2017, month: 4, day: 20))
        XCTAssertEqual(reviews[2].due, Day(year: 2017, month: 10, day: 10))
        XCTAssertEqual(reviews.map(\.onTime), [true, true, true])
        XCTAssertTrue(data.repairs.contains { $0.kind == .returnRowReplaced && $0.count == 1 })
    }

    /// A data set read back from the load cache has no index by CHILD: joining the return makes one.
    func testJoinsToADataSetWithoutAChildIndex() {
        var data = CareDataSet.build(headers: [(table(header), "h.csv")], episodes: [(table(episodes), "e.csv")])
        data.childIndex = [:]
        data.attach([(.oc2, table("""
            CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE
            7001,01/05/2010,10,,0,,1,1,1,0
            """), "oc2.csv")], holidays: .englandAndWales)
        XCTAssertEqual(data.returnTables.childIndex["7001"], 0)
        // Looked after since 02/01/2017, so continuously for 12 months at 31/03/2018: the cohort is 7001.
        let result = try! IndicatorCatalogue.standard.evaluate(id: "6.9", on: Day(year: 2018, month: 3, day: 31)!,
                                                               data: data).get()
        XCTAssertEqual(result.numerator, 1)
        XCTAssertEqual(result.denominator, 1)
        XCTAssertEqual(data.summary.returnTables, [CareDataSummary.ReturnCount(kind: .oc2, records: 1, children: 1)])
    }
}

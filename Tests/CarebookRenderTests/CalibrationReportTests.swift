import XCTest
@testable import CarebookCore
@testable import CarebookRender

/// The calibration report's lines, worded in Render from the typed checks.
final class CalibrationReportTests: XCTestCase {
    func testAReturnTargetOutOfReachSaysWhy() throws {
        let targets = try ReturnTargets.parse("""
        indicator,date,to,value,tolerance,source
        10.5,2014-04-01,2015-03-31,900,10,t
        6.7,2015-04-01,2016-03-31,80%,1.5pt,t
        """).get()
        let a2 = ReturnCheck(target: targets.targets[0], measured: 112.29)
        XCTAssertEqual(CalibrationReport.line(a2), "10.5 2014-04-01..2015-03-31: target 900 days ±10, measured 112.3 days "
                       + "OUT (capped by the episodes: a match comes before the adoptive placement)")
        // 80% ± 1.5 points: 79.96% is inside, shown to one decimal as 80.
        let reviews = ReturnCheck(target: targets.targets[1], measured: 79.96)
        XCTAssertEqual(CalibrationReport.line(reviews), "6.7 2015-04-01..2016-03-31: target 80% ±1.5, measured 80% ok")
    }

    func testACensusFigureGivesItsToleranceAndSource() {
        let check = NeedCalibrator.Check(name: "referrals Jan 2017", target: 292, tolerance: 14.6, measured: 290,
                                         source: "004 3.2.3 (±5%)")
        XCTAssertEqual(CalibrationReport.line(check), "referrals Jan 2017: target 292 ±14.6, measured 290 ok (004 3.2.3 (±5%))")
    }
}

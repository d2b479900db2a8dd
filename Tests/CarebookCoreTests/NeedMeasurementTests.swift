import XCTest
@testable import CarebookCore

/// The generator's own measure of seed 004's figures follows the `cin` definitions, checked on hand-made referrals.
final class NeedMeasurementTests: XCTestCase {
    static func d(_ s: String) -> Day { Day.parse(s)! }

    static func result() -> NeedResult {
        let child = NeedChild(dob: d("2010-05-01"), sex: 1, ethnicity: 0, careIndex: -1)
        func ref(_ c: Int32, _ date: String, closure: String? = nil) -> NeedReferral {
            var r = NeedReferral(child: c, date: d(date), source: 0, need: 1)
            r.closure = closure.map(d)
            return r
        }
        var refs = [
            ref(0, "2016-01-31", closure: "2016-03-01"), ref(0, "2017-01-31"),   // 12 months to the day: a re-referral
            ref(1, "2016-01-30", closure: "2016-03-01"), ref(1, "2017-01-31"),   // a day over 12 months: not
            ref(2, "2017-01-15"), ref(2, "2017-01-15", closure: "2017-01-30"),   // the same day: not
            ref(3, "2017-01-02", closure: "2017-01-31"),                         // closed on the 31st: not open that day
        ]
        // Start Tue 20 Dec 2016; 26 and 27 Dec and 2 Jan are bank holidays, so Fri 24 Feb 2017 is working day 45
        // (Dec 21–23: 3, Dec 28–30: 6, Jan 3–6: 10, then five a week: 15, 20, 25, 30 on 3 Feb, 35, 40, 45 on 24 Feb).
        refs[1].assessment = NeedAssessment(id: 1, start: d("2016-12-20"), authorised: d("2017-02-24"), factors: [])
        refs[3].assessment = NeedAssessment(id: 2, start: d("2016-12-20"), authorised: d("2017-02-27"), factors: [])
        // Plans on 31 Jan 2017: from 30 Jan 2015 is over 2 years; from 31 Jan 2015 is exactly 2; one ending that day is closed.
        refs[1].plans = [NeedPlan(id: 1, span: DateSpan(start: d("2015-01-30"), end: nil), initialCategory: 0, latestCategory: 0,
                                  previous: 0, reviews: [])]
        refs[3].plans = [NeedPlan(id: 2, span: DateSpan(start: d("2015-01-31"), end: nil), initialCategory: 0, latestCategory: 0,
                                  previous: 0, reviews: [])]
        refs[4].plans = [NeedPlan(id: 3, span: DateSpan(start: d("2016-06-01"), end: d("2017-01-31")), initialCategory: 0,
                                  latestCategory: 0, previous: 0, reviews: [])]
        return NeedResult(children: [child, child, child, child], referrals: refs,
                          parameters: NeedParameters(from: d("2015-04-01"), to: d("2017-03-31"), seed: 1, censusYears: 2017...2017))
    }

    func testReReferralsCountTwelveMonthsToTheDayAndNotTheSameDay() {
        let m = NeedMeasurement(Self.result())
        XCTAssertEqual(m.referrals(Self.d("2017-01-01"), Self.d("2017-01-31")).count, 5)
        XCTAssertEqual(m.rereferralShare(Self.d("2017-01-01"), Self.d("2017-01-31")), 20)   // 1 of 5
    }

    func testAssessmentsWithin45WorkingDaysSkipBankHolidays() {
        let m = NeedMeasurement(Self.result())
        XCTAssertEqual(m.withinShare(Self.d("2017-02-01"), Self.d("2017-02-28")), 50)       // 45 days in, 46 out
        XCTAssertEqual(m.withinShare(Self.d("2017-02-24"), Self.d("2017-02-24")), 100)
    }

    func testPlansOpenAndOverTwoYears() {
        let m = NeedMeasurement(Self.result())
        let day = Self.d("2017-01-31")
        XCTAssertEqual(m.childrenOnPlans(day), [0, 1])            // child 2's plan ended that day
        XCTAssertEqual(m.plansOverTwoYears(day), 1)
        // Open on 31 Jan: child 0 and 1 (their January referrals, on plans) and child 2 (the open 15 Jan referral, its
        // plan ended that day); child 3's referral closed that day, so is not open: 1 not on a plan.
        XCTAssertEqual(m.childrenInNeedNotOnPlans(day), 1)
        // On 30 Jan: child 2 (on its plan still) and child 3 (open): 1 not on a plan. On 14 Jan only child 3.
        XCTAssertEqual(m.childrenInNeedNotOnPlans(Self.d("2017-01-30")), 1)
        XCTAssertEqual(m.childrenInNeedNotOnPlans(Self.d("2017-01-14")), 1)
        XCTAssertEqual(m.childrenInNeedNotOnPlans(Self.d("2017-01-01")), 0)
    }
}

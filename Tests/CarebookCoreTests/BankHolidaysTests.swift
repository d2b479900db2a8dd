import XCTest
@testable import CarebookCore

final class BankHolidaysTests: XCTestCase {
    let holidays = BankHolidays.englandAndWales

    func day(_ s: String) -> Day { Day.parse(s)! }

    func count(_ a: String, _ b: String) throws -> Int { try holidays.workingDays(from: day(a), to: day(b)) }

    func testWeekdays() {
        XCTAssertEqual(day("2017-06-30").weekdayIndex, 4)      // a Friday
        XCTAssertEqual(day("1970-01-01").weekdayIndex, 3)      // a Thursday
        XCTAssertEqual(day("1969-12-28").weekdayIndex, 6)      // a Sunday, before day 0
        XCTAssertTrue(day("2017-07-01").isWeekend)
    }

    /// Worked by hand from a calendar: day 1 is the first working day after the event.
    func testCountsByHand() throws {
        XCTAssertEqual(try count("2017-01-06", "2017-01-09"), 1)   // Friday to Monday
        XCTAssertEqual(try count("2017-01-09", "2017-01-09"), 0)
        XCTAssertEqual(try count("2017-01-09", "2017-01-06"), -1)
        // Good Friday 14 and Easter Monday 17 April 2017: only Tuesday 18 counts.
        XCTAssertEqual(try count("2017-04-13", "2017-04-18"), 1)
        // 25, 26 Dec 2017 and 1 Jan 2018 are holidays: 27, 28, 29 Dec and 2 Jan.
        XCTAssertEqual(try count("2017-12-22", "2018-01-02"), 4)
        // Spring bank holiday moved to 4 June and the Diamond Jubilee on 5 June 2012: 31 May, 1, 6, 7, 8 June.
        XCTAssertEqual(try count("2012-05-30", "2012-06-08"), 5)
        // The Queen's funeral, Monday 19 September 2022.
        XCTAssertEqual(try count("2022-09-16", "2022-09-20"), 1)
    }

    /// numpy.busday_count(from + 1 day, to + 1 day, holidays = the shipped file) gave these.
    func testCountsAgreeWithNumpy() throws {
        XCTAssertEqual(try count("2016-03-24", "2016-05-31"), 44)
        XCTAssertEqual(try count("2020-12-18", "2021-01-05"), 9)
        XCTAssertEqual(try count("2019-04-18", "2019-06-21"), 42)
        XCTAssertEqual(try count("2000-01-01", "2027-12-31"), 7075)
    }

    func testDayAfterWorkingDays() throws {
        // 27, 28, 29 Dec (3), 2–5 Jan (7), 8–12 (12), 15–19 (17), 22, 23, 24 Jan (20).
        XCTAssertEqual(try holidays.day(20, workingDaysAfter: day("2017-12-22")), day("2018-01-24"))
        XCTAssertEqual(try holidays.day(0, workingDaysAfter: day("2017-12-23")), day("2017-12-23"))
        XCTAssertEqual(try holidays.day(1, workingDaysAfter: day("2017-04-13")), day("2017-04-18"))
    }

    func testOutsideTheCoveredYearsIsAnError() {
        XCTAssertThrowsError(try count("1999-12-31", "2000-01-04")) { error in
            XCTAssertTrue("\(error)".contains("1999-12-31"), "\(error)")
            XCTAssertTrue("\(error)".contains("2000-01-01 to 2027-12-31"), "\(error)")
        }
        XCTAssertThrowsError(try holidays.day(5, workingDaysAfter: day("2027-12-30")))
    }

    /// The shipped file and the embedded text are the same. Its 2022–2027 dates are exactly GOV.UK's
    /// published list as the DfE CIN validator copies it (compared by a script; 10 + 9 + 8 × 4 = 51 days).
    func testShippedFileIsTheEmbeddedText() throws {
        let url = CareFixtures.repository.appendingPathComponent("Datasets/reference/bank-holidays.csv")
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), BankHolidays.englandAndWalesCSV + "\n")
        XCTAssertEqual(holidays.names.count, 230)
        XCTAssertEqual(holidays.names.keys.filter { $0.year >= 2022 }.count, 51)
        XCTAssertEqual(holidays.names[day("2023-05-08")], "Coronation of Charles III")
        XCTAssertTrue(holidays.isHoliday(day("2020-05-08")))          // Early May moved for VE day
        XCTAssertFalse(holidays.isHoliday(day("2020-05-04")))
    }

    func testLoadedFileCoversItsWholeYears() throws {
        let table = SimpleCSV.table("bank_holiday,name\n2030-01-01,New Year's Day\n2031-12-25,Christmas Day", origin: "t")
        let loaded = try BankHolidays(loading: table)
        XCTAssertEqual(loaded.covered, day("2030-01-01")...day("2031-12-31"))
        XCTAssertEqual(try loaded.workingDays(from: day("2030-12-31"), to: day("2031-01-02")), 2)  // Wed 1, Thu 2 Jan 2031
    }
}

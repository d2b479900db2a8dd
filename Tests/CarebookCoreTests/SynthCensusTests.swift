import Foundation
import XCTest
@testable import CarebookCore

/// The children-in-need census `carebook synth` writes: deterministic, in the validator's shape, linked to the 903 children.
final class SynthCensusTests: XCTestCase {
    static let years = 2015...2017

    static func census(seed: UInt64) -> (CensusWriter, EpisodeWriter) {
        let care = SynthFixture.writer(children: 1_500, seed: seed)
        let need = NeedParameters.exampleBorough(seed: seed, censusYears: years)
        return (CensusWriter(NeedSimulation.run(need, care: care), care: care), care)
    }

    /// One census shared by the tests that only read it.
    nonisolated(unsafe) static let shared = census(seed: 42)

    /// A table's rows as fields (no quoted commas: not for Assessments' factors).
    static func rows(_ files: [(name: String, bytes: [UInt8])], _ name: String) -> [[String]] {
        let text = String(decoding: files.first { $0.name == name }!.bytes, as: UTF8.self)
        return text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    func testSameSeedWritesTheSameCensus() {
        func small(_ seed: UInt64) -> [[UInt8]] {
            let care = SynthFixture.writer(children: 300, seed: 42)
            let need = NeedParameters.exampleBorough(seed: seed, censusYears: 2017...2017)
            return CensusWriter(NeedSimulation.run(need, care: care), care: care).census(2017).map(\.bytes)
        }
        let a = small(42)
        XCTAssertEqual(a, small(42))
        XCTAssertNotEqual(a, small(43))
    }

    func testTablesHaveTheValidatorsColumns() {
        let files = Self.shared.0.census(2017)
        let expected = [
            "LAchildID,UPN,FormerUPN,UPNunknown,PersonBirthDate,ExpectedPersonBirthDate,GenderCurrent,Sex,PersonDeathDate",
            "LAchildID,Ethnicity", "LAchildID,Disability",
            "LAchildID,CINdetailsID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,DateOfInitialCPC,ReferralNFA",
            "LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentInternalReviewDate,AssessmentAuthorisationDate,AssessmentFactors",
            "LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate",
            "LAchildID,CINdetailsID,S47ActualStartDate,InitialCPCtarget,DateOfInitialCPC,ICPCnotRequired",
            "LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate,InitialCategoryOfAbuse,LatestCategoryOfAbuse,NumberOfPreviousCPP",
            "LAchildID,CINdetailsID,CPPID,CPPreviewDate",
        ]
        XCTAssertEqual(files.map(\.name), CensusWriter.tables)
        XCTAssertEqual(files.map { String(decoding: $0.bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self) }, expected)
        for file in files where file.name != "Disabilities" { XCTAssertGreaterThan(Self.rows(files, file.name).count, 50, file.name) }
    }

    /// Every referral is open in the year, closes after it starts, and every record under it names it.
    func testEveryRecordBelongsToAReferralOpenInTheYear() throws {
        let files = Self.shared.0.census(2017)
        let details = Self.rows(files, "CINdetails").dropFirst()
        let keys = Set(details.map { $0[0] + "/" + $0[1] })
        let children = Set(Self.rows(files, "ChildIdentifiers").dropFirst().map { $0[0] })
        for r in details {
            let referral = try XCTUnwrap(Day.parse(r[2]))
            XCTAssertLessThanOrEqual(referral, Day.parse("2017-03-31")!)
            if let closure = Day.parse(r[5]) {
                XCTAssertGreaterThanOrEqual(closure, Day.parse("2016-04-01")!, r.joined(separator: ","))
                XCTAssertGreaterThanOrEqual(closure, referral)
                XCTAssertFalse(r[6].isEmpty)
            } else {
                XCTAssertTrue(r[5].isEmpty && r[6].isEmpty, r.joined(separator: ","))
            }
            XCTAssertTrue(children.contains(r[0]))
        }
        for table in ["CINplanDates", "Section47", "ChildProtectionPlans", "Reviews"] {
            for r in Self.rows(files, table).dropFirst() { XCTAssertTrue(keys.contains(r[0] + "/" + r[1]), "\(table): \(r)") }
        }
        let plans = Set(Self.rows(files, "ChildProtectionPlans").dropFirst().map { $0[2] })
        for r in Self.rows(files, "Reviews").dropFirst() { XCTAssertTrue(plans.contains(r[2])) }
    }

    /// A referral open on 31 March 2016 is in both censuses under the same id, its closure known only in the later one.
    func testAnOpenReferralIsInEachYearsCensusWhileOpen() {
        let writer = Self.shared.0
        let earlier = Self.rows(writer.census(2016), "CINdetails").dropFirst()
        let later = Dictionary(Self.rows(writer.census(2017), "CINdetails").dropFirst().map { ($0[0] + "/" + $0[1], $0) },
                               uniquingKeysWith: { a, _ in a })
        let open = earlier.filter { $0[5].isEmpty }
        XCTAssertGreaterThan(open.count, 500)
        for r in open {
            guard let again = later[r[0] + "/" + r[1]] else { return XCTFail("\(r) is not in the 2016-17 census") }
            XCTAssertEqual(again[2], r[2])
        }
        XCTAssertTrue(open.contains { !(later[$0[0] + "/" + $0[1]]![5]).isEmpty }, "some close in 2016-17")
        let closedEarlier = earlier.filter { !$0[5].isEmpty }
        XCTAssertTrue(closedEarlier.allSatisfy { later[$0[0] + "/" + $0[1]] == nil }, "a referral closed by 31 March 2016 is not carried")
    }

    /// Every child who starts a period of care in 2016-17 was referred first, under the 903 CHILD, with the header's birth date.
    func testChildrenWhoEnterCareWereReferredFirst() throws {
        let (writer, care) = Self.shared
        let data = try SynthFixture.data(care)
        let files = writer.census(2017)
        let referrals = Dictionary(grouping: Self.rows(files, "CINdetails").dropFirst(), by: { $0[0] })
        let births = Dictionary(Self.rows(files, "ChildIdentifiers").dropFirst().map { ($0[0], $0[4]) }, uniquingKeysWith: { a, _ in a })
        let admissions = data.admissions(from: Day.parse("2016-04-01")!, to: Day.parse("2017-03-31")!)
        XCTAssertGreaterThan(admissions.rowCount, 100)
        for row in 0..<admissions.rowCount {
            let child = try XCTUnwrap(SynthMeasurement.text(admissions, "child", row))
            guard case let .date(start)? = admissions.columnIndex(named: "date").map({ admissions[row, $0] }) else {
                return XCTFail("no start column")
            }
            let mine = try XCTUnwrap(referrals[child], "\(child) has no referral")
            XCTAssertTrue(mine.contains { Day.parse($0[2])! <= start && ($0[5].isEmpty || Day.parse($0[5])! >= start) },
                          "\(child): no referral open when care started on \(start.iso)")
            XCTAssertEqual(births[child], data.children[data.child(id: child)!].dob?.iso)
        }
    }
}

import Foundation
import XCTest
@testable import CarebookCore

/// Loading CIN tables tallies each one as read; the tables are merged once, on first use.
final class CINLoadingTests: XCTestCase {
    static let census = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets/example-borough/cin").path
    static let tables = ["ChildIdentifiers", "ChildCharacteristics", "Disabilities", "CINdetails", "Assessments",
                         "CINplanDates", "Section47", "ChildProtectionPlans", "Reviews"]

    /// The bundled census's 27 tables, oldest year first, into a fresh interpreter.
    func loadBundledCensus() throws -> Interpreter {
        let interpreter = CarebookEngine.makeInterpreter(cache: .off)
        for year in ["2014-15", "2015-16", "2016-17"] {
            for table in Self.tables {
                for case let .statement(s) in Parser.entries("load \"\(Self.census)/\(year)/\(table).csv\"") { _ = try interpreter.run(s) }
            }
        }
        return interpreter
    }

    func testLoadingTheCensusMergesNothingUntilAQuestionAsks() throws {
        let interpreter = try loadBundledCensus()
        XCTAssertEqual(interpreter.workspace.cin.sources.count, 27)
        XCTAssertFalse(interpreter.workspace.cin.isBuilt, "27 loads, no merge")
        // pandas: distinct (LAchildID, CINreferralDate) of the three CINdetails files dated 2014-04-01 to 2017-03-31.
        guard case let .statement(s)? = Parser.entries("count(referrals(from: 2014-04-01, to: 2017-03-31))").first,
              case let .value(.number(n)) = try interpreter.run(s) else { return XCTFail("the question gave no number") }
        XCTAssertEqual(n, 15_872)
        XCTAssertTrue(interpreter.workspace.cin.isBuilt, "the first question merges the tables, and the data set is kept")
    }

    /// The as-read figures, counted independently with pandas over the 27 CSV files: distinct LAchildID over
    /// ChildIdentifiers, ChildCharacteristics, Disabilities and CINdetails (14,025); distinct (LAchildID,
    /// CINreferralDate) over the three CINdetails files (18,034 of 22,447 rows); rows of Assessments (22,101),
    /// Section47 (6,877) and ChildProtectionPlans (2,674); ChildIdentifiers rows less their distinct children
    /// (19,526 − 14,025 = 5,501) plus CINdetails rows less distinct referrals (22,447 − 18,034 = 4,413): 9,914 replaced.
    func testTheLoadSummaryAddsUpTheTablesAsRead() throws {
        let summary = try XCTUnwrap(try loadBundledCensus().workspace.cin.summary)
        XCTAssertTrue(summary.asRead)
        XCTAssertEqual(summary.files, 27)
        XCTAssertEqual(summary.children, 14_025)
        XCTAssertEqual(summary.referrals, 18_034)
        XCTAssertEqual(summary.assessments, 22_101)
        XCTAssertEqual(summary.section47s, 6_877)
        XCTAssertEqual(summary.protectionPlans, 2_674)
        XCTAssertEqual(summary.replaced, 9_914)
        XCTAssertTrue(summary.issues.isEmpty, "the synthetic census breaks no rule")
    }

    /// Children and referrals are counted as the merge counts them, and the merge keeps fewer of the other
    /// records: those under a referral that a later census's copy replaced go with it.
    func testTheMergedDataSetAgreesOnChildrenAndReferrals() throws {
        let cin = try loadBundledCensus().workspace.cin
        let (read, merged) = (try XCTUnwrap(cin.summary), try XCTUnwrap(cin.data).summary)
        XCTAssertFalse(merged.asRead)
        XCTAssertEqual(merged.children, read.children)
        XCTAssertEqual(merged.referrals, read.referrals)
        XCTAssertEqual(merged.replaced, read.replaced, "no assessment, S47 or plan is in two files under one referral")
        XCTAssertLessThan(merged.assessments, read.assessments)
        // The merged figures before tallies replaced the per-load merge (the tutorial recorded them then).
        XCTAssertEqual([merged.assessments, merged.section47s, merged.protectionPlans], [17_723, 5_021, 1_667])
    }
}

import Foundation
import XCTest
@testable import CarebookCore

/// Builds the committed example borough with the care engine and checks every published figure it is calibrated to.
final class SynthCalibrationTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets/example-borough")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func targets() throws -> CalibrationTargets {
        let text = String(decoding: try bytes("calibration-targets.csv"), as: UTF8.self)
        return try CalibrationTargets.parse(text, file: "calibration-targets.csv").get()
    }

    static func districts() throws -> Set<String> {
        let lines = String(decoding: try bytes("districts.csv"), as: UTF8.self).split(separator: "\n").dropFirst()
        return Set(lines.map(String.init))
    }

    static func data() throws -> CareDataSet {
        try SynthMeasurement(header: bytes("header.csv"), episodes: bytes("episodes.csv"), inBoroughDistricts: districts()).data
    }

    func testTheExampleBoroughLoadsWithNoIssues() throws {
        let data = try Self.data()
        XCTAssertEqual(data.issues.count, 0, data.issues.prefix(5).map(\.message).joined(separator: "; "))
        XCTAssertEqual(data.repairs.count, 0)
        XCTAssertGreaterThan(data.children.count, 1_500)
        XCTAssertTrue(data.children.allSatisfy { $0.id.hasPrefix("SYN") && $0.id.count == 10 })
        // Children already in care when the data starts have their earlier history.
        let first = Day.parse("2013-04-01")!
        XCTAssertGreaterThan(data.periods.filter { $0.start < first && ($0.end ?? first) >= first }.count, 300)
    }

    func testEveryCalibrationTargetIsWithinItsTolerance() throws {
        let checks = CalibrationCheck.run(try Self.targets(), on: try Self.data())
        XCTAssertEqual(checks.count, 61)
        for c in checks { XCTAssertTrue(c.passed, "\(c.target.measure.rawValue) \(c.target.from.iso) \(c.target.group): \(c.expected) vs \(c.measured)") }
    }

    /// The targets file holds every figure the issue lists, with tolerances no looser than it allows.
    func testTheTargetsCoverThePublishedFiguresAtTheRequiredTolerances() throws {
        let t = try Self.targets()
        func count(_ m: CalibrationTarget.Measure, _ tol: CalibrationTarget.Tolerance) -> Int {
            t.rows(m).filter { $0.tolerance == tol }.count
        }
        XCTAssertEqual(t.rows(.stock).filter { $0.tolerance == .relative(2) }.count, 18)   // DOMAIN §5 month ends
        XCTAssertEqual(count(.ageMix, .points(2)), 5)
        XCTAssertEqual(count(.placementMix, .points(2)), 11)
        XCTAssertEqual(count(.legalMix, .points(2)), 6)
        XCTAssertEqual(count(.admissions, .relative(5)), 4)
        XCTAssertEqual(count(.leavers, .relative(5)), 4)
        XCTAssertEqual(count(.leaverReasons, .points(3)), 5)
        XCTAssertEqual(count(.commissionedShare, .points(2)), 3)
        XCTAssertEqual(count(.outOfAreaResidential, .absolute(4)), 2)
        XCTAssertEqual(count(.indicator, .points(3)), 2)
        XCTAssertEqual(t.rows(.stock).first { $0.from == Day.parse("2017-06-30")! }?.value, 516)
    }

    func testPlansTrackerIsKeyedBySyntheticChildren() throws {
        let data = try Self.data()
        let lines = String(decoding: try Self.bytes("plans.csv"), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.first, "child,workstream,plan_start,target_date,status,placement_group,closed_date")
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertGreaterThan(rows.count, 50)
        for row in rows {
            XCTAssertNotNil(data.child(id: row[0]), row[0])
            XCTAssertTrue(PlansTracker.workstreams.contains(row[1]), row[1])
            XCTAssertTrue(["achieved", "out of scope", "overdue", "on track"].contains(row[4]), row[4])
        }
        XCTAssertEqual(Set(rows.map { $0[1] }).count, PlansTracker.workstreams.count)
    }
}

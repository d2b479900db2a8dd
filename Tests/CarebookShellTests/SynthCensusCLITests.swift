import Foundation
import XCTest
@testable import CarebookShell

/// `carebook synth` writes the CIN census beside the 903 files, for the census years asked for.
final class SynthCensusCLITests: XCTestCase {
    func testCensusYearsAreWrittenInTheirOwnFolders() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cb-cin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = CapturedOutput()
        let status = SynthCLI.run(children: 300, from: "2015-04-01", to: "2017-03-31", seed: 5, out: dir.path, calibrate: nil,
                                  censusYears: "2017", sink: out)
        XCTAssertEqual(status, 0, out.errors)
        XCTAssertTrue(out.text.contains(", and CIN censuses for 2016-17 to \(dir.path)"), out.text)
        let census = dir.appendingPathComponent("cin/2016-17")
        let names = try FileManager.default.contentsOfDirectory(atPath: census.path).sorted()
        XCTAssertEqual(names, ["Assessments.csv", "CINdetails.csv", "CINplanDates.csv", "ChildCharacteristics.csv",
                               "ChildIdentifiers.csv", "ChildProtectionPlans.csv", "Disabilities.csv", "Reviews.csv",
                               "Section47.csv"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("cin/2015-16").path))
    }

    func testCensusYearsOutsideTheWindowAreRefused() {
        let out = CapturedOutput()
        let status = SynthCLI.run(children: 300, from: "2015-04-01", to: "2017-03-31", seed: 5, out: "/nonexistent/never",
                                  calibrate: nil, censusYears: "2016-2019", sink: out)
        XCTAssertEqual(status, 2)
        XCTAssertEqual(out.errors, "error: --census-years must be FIRST-LAST, years ending 31 March inside the window (2016-2017)\n")
    }
}

import Foundation
import XCTest
@testable import CarebookShell

/// The opening summary mentions the bundled children-in-need census by its years.
final class StartupCensusTests: XCTestCase {
    func testTheOpeningSummaryNamesTheCensusYears() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cb-start-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertNil(StartupData.censusYears(dir.path))
        for year in ["2016-17", "2014-15", "2015-16", "notes"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("example-borough/cin/" + year),
                                                    withIntermediateDirectories: true)
        }
        XCTAssertEqual(StartupData.censusYears(dir.path), "2014-15 to 2016-17")
        let banner = StartupData.banner(ShellSession(), census: StartupData.censusYears(dir.path))
        XCTAssertTrue(banner.contains("also bundled: the children-in-need census 2014-15 to 2016-17 (Datasets/example-borough/cin; "
                                      + "the tutorial “The front door” loads it)"), banner)
    }

    func testTheShippedDatasetsHoldThreeCensusYears() {
        let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Datasets").path
        XCTAssertEqual(StartupData.censusYears(datasets), "2014-15 to 2016-17")
    }
}

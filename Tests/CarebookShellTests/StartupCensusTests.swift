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
        XCTAssertEqual(StartupData.censusFiles(dir.path).count, 0, "folders without tables load nothing")
        let census = "2014-15 to 2016-17, 27 tables (cin15_children … cin17_reviews)"
        XCTAssertFalse(StartupData.banner(ShellSession(), census: census).contains("children-in-need"),
                       "the census is named only when it is loaded")
    }

    /// The shell opens with the bundled census loaded: 27 tables, each year's referrals before the tables under them,
    /// and merged only when a question asks (the as-read figures are checked against pandas in `CINLoadingTests`).
    func testTheShellOpensWithTheCensusLoaded() throws {
        let session = ShellSession()
        session.settings.terminalWidth = 400     // the banner's lines unwrapped
        let out = CapturedOutput()
        StartupData.load(into: session, out: out)
        let names = StartupData.censusFiles(Self.datasets).map(\.name)
        XCTAssertEqual(names.count, 27)
        XCTAssertEqual([names.first, names[3], names.last], ["cin15_children", "cin15_referrals", "cin17_reviews"])
        for name in names { XCTAssertNotNil(session.interpreter.environment.lookup(name), name) }
        let summary = try XCTUnwrap(session.interpreter.workspace.cin.summary)
        XCTAssertEqual([summary.files, summary.referrals], [27, 18_034])
        XCTAssertTrue(out.text.contains("also loaded: the children-in-need census 2014-15 to 2016-17, 27 tables "
                                          + "(cin15_children … cin17_reviews); the tutorial “The front door” explains it"), out.text)
        XCTAssertTrue(out.errors.isEmpty, out.errors)
        XCTAssertTrue(out.text.contains("as at 2020-03-31"), "the as-at date is still the 903 data's last month end")
    }

    static let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets").path

    func testTheShippedDatasetsHoldThreeCensusYears() {
        let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Datasets").path
        XCTAssertEqual(StartupData.censusYears(datasets), "2014-15 to 2016-17")
    }
}

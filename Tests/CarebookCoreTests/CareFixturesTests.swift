import Foundation
import XCTest
@testable import CarebookCore

/// Loads the hand-built 903 fixtures in `Tests/Fixtures/care/` through the CSV reader.
enum CareFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/care")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The borough's own postcode districts in the fixtures.
    static let districts: Set<String> = ["S60", "S61", "S65", "S66"]

    static func table(_ name: String) -> Table {
        let bytes = [UInt8](FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) ?? Data())
        switch CSVReader.parse(bytes: bytes, name: name) {
        case let .success(load): return load.table
        case let .failure(d): fatalError("fixture \(name) does not parse: \(d.message)")
        }
    }

    /// The main fixture: header.csv and episodes.csv (children 1001–1011; see CareModelTests for the answers).
    static func main(districts: Set<String>? = CareFixtures.districts) -> CareDataSet {
        CareDataSet.build(headers: [(table("header.csv"), "header.csv")],
                          episodes: [(table("episodes.csv"), "episodes.csv")],
                          mapping: .default, inBoroughDistricts: districts)
    }

    static func day(_ text: String) -> Day { Day.parse(text)! }

    /// The rows of a table as dictionaries keyed by column name, for readable assertions.
    static func rows(_ t: Table) -> [[String: Value]] {
        (0..<t.rowCount).map { r in
            Dictionary(uniqueKeysWithValues: t.columns.map { ($0.name, $0[r]) })
        }
    }

    /// The row of a table for a CHILD id.
    static func row(_ t: Table, child: String) -> [String: Value]? {
        rows(t).first { if case let .text(c)? = $0["child"] { c == child } else { false } }
    }
}

extension Value {
    var text: String? { if case let .text(s) = self { s } else { nil } }
    var number: Double? { if case let .number(x) = self { x } else { nil } }
    var day: Day? { if case let .date(d) = self { d } else { nil } }
    var bool: Bool? { if case let .bool(b) = self { b } else { nil } }
    var isMissing: Bool { if case .missing = self { true } else { false } }
}

final class CareFixturesTests: XCTestCase {
    func testDetectsEachKindOfFileByItsColumns() {
        XCTAssertEqual(SSDA903Kind.detect(columnNames: CareFixtures.table("header.csv").columnNames), .header)
        XCTAssertEqual(SSDA903Kind.detect(columnNames: CareFixtures.table("episodes.csv").columnNames), .episodes)
        // Lower case and extra columns are fine.
        XCTAssertEqual(SSDA903Kind.detect(columnNames: ["child", "decom", "rne", "ls", "cin", "place", "rec", "x"]), .episodes)
        XCTAssertEqual(SSDA903Kind.detect(columnNames: ["CHILD", "SEX", "DOB", "DUC"]), .uasc)
        XCTAssertEqual(SSDA903Kind.detect(columnNames: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"]), .reviews)
        XCTAssertEqual(SSDA903Kind.detect(columnNames: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]), .missing)
        XCTAssertEqual(SSDA903Kind.detect(columnNames: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]), .oc3)
        XCTAssertEqual(SSDA903Kind.detect(columnNames: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED",
                                                        "REASON_PLACED_CEASED"]), .placedForAdoption)
        XCTAssertNil(SSDA903Kind.detect(columnNames: ["placement_group", "weekly_cost"]))
    }

    func testIncompleteHeaderOrEpisodesFilesNameTheirMissingColumns() {
        let episodes = CareFixtures.table("episodes.csv").columnNames
        XCTAssertNil(SSDA903Kind.incomplete(columnNames: episodes))
        XCTAssertNil(SSDA903Kind.incomplete(columnNames: CareFixtures.table("header.csv").columnNames))
        let noDEC = SSDA903Kind.incomplete(columnNames: episodes.filter { $0 != "DEC" })
        XCTAssertEqual(noDEC?.kind, .episodes)
        XCTAssertEqual(noDEC?.missing, ["DEC"])
        let noDates = SSDA903Kind.incomplete(columnNames: episodes.filter { $0 != "DECOM" && $0 != "DEC" })
        XCTAssertEqual(noDates?.missing, ["DECOM", "DEC"])
        let header = SSDA903Kind.incomplete(columnNames: ["child", "sex", "ethnic", "upn"])
        XCTAssertEqual(header?.kind, .header)
        XCTAssertEqual(header?.missing, ["DOB"])
        // Other 903 files, trackers and plain tables are not taken for an incomplete header or episodes file.
        XCTAssertNil(SSDA903Kind.incomplete(columnNames: ["CHILD", "SEX", "DOB", "DUC"]))
        XCTAssertNil(SSDA903Kind.incomplete(columnNames: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"]))
        XCTAssertNil(SSDA903Kind.incomplete(columnNames: ["CHILD", "SEX", "DOB", "plan"]))
        XCTAssertNil(SSDA903Kind.incomplete(columnNames: ["child", "age", "placement_group", "weekly_cost"]))
    }

    func testShippedReferenceFilesAreTheEmbeddedDefaults() throws {
        let groups = try String(contentsOf: CareFixtures.repository.appendingPathComponent("Datasets/reference/placement-groups.csv"), encoding: .utf8)
        XCTAssertEqual(groups, PlacementMapping.defaultCSV + "\n")
        let targets = try String(contentsOf: CareFixtures.repository.appendingPathComponent("Datasets/reference/indicator-targets.csv"), encoding: .utf8)
        XCTAssertEqual(targets, IndicatorCatalogue.defaultTargetsCSV + "\n")
    }

    func testShippedMappingLoadsThroughTheCSVReaderToTheSameGroups() throws {
        let url = CareFixtures.repository.appendingPathComponent("Datasets/reference/placement-groups.csv")
        let load = try CSVReader.parse(bytes: [UInt8](Data(contentsOf: url)), name: "placement-groups.csv").get()
        let mapping = try PlacementMapping(table: load.table)
        XCTAssertEqual(mapping.groups, PlacementMapping.default.groups)
        XCTAssertEqual(mapping.groups.count, 12)
    }
}

import Foundation
import XCTest
@testable import CarebookCore

/// The committed example borough's `return/` files, read by carebook's own indicators, meet every tuned figure of `return-targets.csv`.
final class ExampleBoroughReturnTests: XCTestCase {
    static let tables = ["reviews", "oc2", "oc3", "placed-for-adoption", "ad1", "missing"]

    /// The data set with the returns up to and including `last` attached, oldest first (as they arrived).
    static func data(upTo last: ReturnYear, base: CareDataSet) throws -> CareDataSet {
        var files: [CareDataSet.ReturnFile] = []
        for year in ReturnYear.covering(from: Day.parse("2013-04-01")!, to: last.end) {
            for stem in tables {
                let name = "return/\(stem)-\(year.label).csv"
                let table = SimpleCSV.table(String(decoding: try SynthCalibrationTests.bytes(name), as: UTF8.self), origin: name)
                files.append((SSDA903Kind.detect(columnNames: table.columnNames)!, table, name))
            }
        }
        var data = base
        data.attach(files, holidays: .englandAndWales)
        return data
    }

    func testEveryTunedReturnTargetIsMetByCarebooksIndicators() throws {
        let text = String(decoding: try SynthCalibrationTests.bytes("return-targets.csv"), as: UTF8.self)
        let targets = try ReturnTargets.parse(text, file: "return-targets.csv").get()
        let base = try SynthCalibrationTests.data()
        var byYear: [String: CareDataSet] = [:]
        var checked = 0
        for t in targets.targets where !t.indicator.isBoundedByEpisodes {
            let year = ReturnYear.covering(from: t.to, to: t.to)[0]
            if byYear[year.label] == nil { byYear[year.label] = try Self.data(upTo: year, base: base) }
            let data = byYear[year.label]!
            XCTAssertTrue(data.issues.isEmpty, data.issues.prefix(3).map(\.message).joined(separator: "; "))
            let result = t.indicator.isSnapshot
                ? IndicatorCatalogue.standard.evaluate(id: t.indicator.rawValue, on: t.from, data: data)
                : IndicatorCatalogue.standard.evaluate(id: t.indicator.rawValue, from: t.from, to: t.to, data: data)
            let value = try XCTUnwrap(try result.get().value, "\(t.indicator.rawValue) line \(t.line)") * 100
            XCTAssertTrue(t.accepts(value), "\(t.indicator.rawValue) \(t.from.iso)..\(t.to.iso): \(value) against \(t.value) ±\(t.tolerance)")
            checked += 1
        }
        XCTAssertEqual(checked, 26)   // 6 of 6.7, 4 each of 6.9, 6.10, 7.3, 7.4 and 10.3
    }
}

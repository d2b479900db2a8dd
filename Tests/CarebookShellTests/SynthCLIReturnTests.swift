import Foundation
import XCTest
@testable import CarebookShell

/// `carebook synth` writes the rest of the return beside the header and episodes, and reports a bad return targets file where it is wrong.
final class SynthCLIReturnTests: XCTestCase {
    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cb-synth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testWritesOneFilePerTablePerReturnYear() throws {
        let dir = try scratch()
        let out = CapturedOutput()
        let status = SynthCLI.run(children: 300, from: "2015-04-01", to: "2017-03-31", seed: 5, out: dir.path, calibrate: nil, sink: out)
        XCTAssertEqual(status, 0, out.errors)
        XCTAssertTrue(out.text.hasSuffix("and the rest of the return for 2015-16 to 2016-17 to \(dir.path)/return\n"), out.text)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("return").path).sorted()
        XCTAssertEqual(names, ["ad1", "missing", "oc2", "oc3", "placed-for-adoption", "reviews"].flatMap { t in
            ["2015-16", "2016-17"].map { "\(t)-\($0).csv" } })
    }

    func testABadReturnTargetsFileIsAnErrorNamingTheFileLineAndColumn() throws {
        let dir = try scratch()
        let targets = dir.appendingPathComponent("targets.csv")
        try "indicator,date,to,value,tolerance\n6.7,2016-04-01,2017-03-31,91%,1pt\n7.3,2017-06-30,,94.4%,3pt\n"
            .write(to: targets, atomically: true, encoding: .utf8)
        let out = CapturedOutput()
        let status = SynthCLI.run(children: 300, from: "2015-04-01", to: "2017-03-31", seed: 5, out: dir.appendingPathComponent("o").path,
                                  calibrate: nil, returnTargets: targets.path, sink: out)
        XCTAssertEqual(status, 2)
        XCTAssertEqual(out.errors, "error: indicator 7.3 is read on a 31 March: give that date and leave `to` blank\n --> \(targets.path):3:5\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("o").path))
        let missing = CapturedOutput()
        XCTAssertEqual(SynthCLI.run(children: 300, from: "2015-04-01", to: "2017-03-31", seed: 5, out: dir.path, calibrate: nil,
                                    returnTargets: dir.appendingPathComponent("none.csv").path, sink: missing), 2)
        XCTAssertTrue(missing.errors.hasPrefix("error: cannot read the return targets file: no such file: "), missing.errors)
    }
}

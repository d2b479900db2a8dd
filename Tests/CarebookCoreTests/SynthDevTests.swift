import Foundation
import XCTest
@testable import CarebookCore

final class SynthDevTests: XCTestCase {
    func testDev() throws {
        let text = try String(contentsOfFile: "/work/main/Datasets/example-borough/calibration-targets.csv", encoding: .utf8)
        let targets = try CalibrationTargets.parse(text).get()
        let cal = Calibrator(targets: targets)
        let base = SynthParameters.standard(children: 2000, from: SynthFixture.from, to: SynthFixture.to, seed: 903)
        var p = cal.planned(base, corrections: [:])
        for round in 0..<25 {
            let checks = cal.evaluate(p)
            let bad = checks.filter { !$0.passed }.map { "\($0.target.measure.rawValue) \($0.target.group.first ?? "") \(CalibrationCheck.format($0.expected))→\(CalibrationCheck.format($0.measured))" }
            print(round, String(format: "path %@ late %.2f early %.2f ind %.2f", p.pathScale.map { String(format: "%.2f", $0) }.joined(separator: ","), p.lateMoveScale, p.earlyMoveScale, p.independenceAt18), bad)
            cal.adjust(&p, from: checks)
        }
    }
}

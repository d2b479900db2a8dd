import Foundation
import XCTest
@testable import CarebookCore

final class SynthDevTests: XCTestCase {
    func testDev() throws {
        let text = try String(contentsOfFile: "/work/main/Datasets/example-borough/calibration-targets.csv", encoding: .utf8)
        let targets = try CalibrationTargets.parse(text).get()
        let base = SynthParameters.standard(children: 2000, from: SynthFixture.from, to: SynthFixture.to, seed: 903)
        let p = Calibrator(targets: targets).planned(base, corrections: [:])
        var sim = Microsimulation(parameters: p)
        let months = SynthParameters.months(from: p.from, to: p.to)
        for m in (-p.burnInYears * 12)..<months {
            sim.month(m)
            guard m == 83 else { continue }
            let d = sim.monthEnd
            var open = Set<Int32>()
            for e in sim.episodes where e.start <= d && d < e.end && !sim.children[Int(e.child)].shortBreaks { open.insert(e.child) }
            let inside = sim.inCare.count
            let flagged = sim.children.filter { $0.inCare }.count
            let notOpen = sim.inCare.filter { !open.contains($0) }
            _ = notOpen
            if m == 83 {
                let w = EpisodeWriter(SynthResult(children: sim.children, episodes: sim.episodes, parameters: p))
                let data = try SynthFixture.data(w)
                print("issues", data.issues.count, data.issues.prefix(3).map(\.message), "repairs", data.repairs)
                let d = p.from.adding(days: 29)
                var open = Set<Int32>()
                for e in sim.episodes where e.start <= d && d < e.end && !sim.children[Int(e.child)].shortBreaks { open.insert(e.child) }
                let lac = data.lookedAfter(on: d)
                let ids = Set((0..<lac.rowCount).compactMap { SynthMeasurement.text(lac, "child", $0) })
                var shown = 0
                for c in open where !ids.contains(EpisodeWriter.childID(Int(w.idOf[Int(c)]))) && shown < 2 {
                    shown += 1
                    print("MISSING", EpisodeWriter.childID(Int(w.idOf[Int(c)])))
                    for e in sim.episodes where e.child == c { print("  ", e.start.iso, e.isOpen ? "open" : e.end.iso, SSDA903Codes.legalStatus.codes[Int(e.legalStatus)], SSDA903Codes.place.codes[Int(e.place)], e.reasonCeased) }
                }
                print("engine", lac.rowCount)
            }
            print(d.iso, "plan", m < 0 ? -1 : Int(p.stockPlan[m]), "internal", inside, "flagged", flagged, "open", open.count, "notopen", notOpen.count)
            if let c = notOpen.first {
                for e in sim.episodes where e.child == c { print("  ", e.start.iso, e.isOpen ? "open" : e.end.iso, SSDA903Codes.legalStatus.codes[Int(e.legalStatus)], SSDA903Codes.place.codes[Int(e.place)], e.reasonCeased, sim.children[Int(c)].current) }
            }
        }
    }
}

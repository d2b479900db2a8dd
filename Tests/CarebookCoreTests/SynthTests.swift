import Foundation
import XCTest
@testable import CarebookCore

/// Small synthetic data sets built in memory for the tests.
enum SynthFixture {
    static let from = Day.parse("2013-04-01")!
    static let to = Day.parse("2020-03-31")!

    static func writer(children: Int = 1_500, seed: UInt64 = 7) -> EpisodeWriter {
        EpisodeWriter(Microsimulation.run(SynthParameters.standard(children: children, from: from, to: to, seed: seed)))
    }

    static func data(_ w: EpisodeWriter) throws -> CareDataSet {
        try SynthMeasurement(header: w.header(), episodes: w.episodes(), inBoroughDistricts: Set(SynthPostcodes.inBorough)).data
    }
}

final class SynthTests: XCTestCase {
    func testSameSeedWritesTheSameBytes() {
        let a = SynthFixture.writer(seed: 42), b = SynthFixture.writer(seed: 42)
        XCTAssertEqual(a.header(), b.header())
        XCTAssertEqual(a.episodes(), b.episodes())
        XCTAssertEqual(a.uasc(), b.uasc())
        XCTAssertNotEqual(a.episodes(), SynthFixture.writer(seed: 43).episodes())
    }

    func testOutputPassesTheCareEnginesValidation() throws {
        let w = SynthFixture.writer()
        let data = try SynthFixture.data(w)
        XCTAssertEqual(data.issues.map { "\($0.rule) line \($0.line): \($0.message)" }, [])
        XCTAssertEqual(data.repairs.count, 0)
        XCTAssertEqual(data.children.count, w.childCount)
        XCTAssertEqual(w.header().split(separator: UInt8(ascii: "\n")).first.map { String(decoding: $0, as: UTF8.self) },
                       "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB")
        XCTAssertEqual(w.episodes().split(separator: UInt8(ascii: "\n")).first.map { String(decoding: $0, as: UTF8.self) },
                       "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN")
    }
}

final class SynthModelTests: XCTestCase {
    func testChildrenMoveAndLeaveByEveryRoute() throws {
        let w = SynthFixture.writer(children: 3_000, seed: 11)
        let data = try SynthFixture.data(w)
        let leavers = data.leavers(from: SynthFixture.from, to: SynthFixture.to)
        let reasons = Set((0..<leavers.rowCount).compactMap { SynthMeasurement.text(leavers, "reason", $0) })
        for rec in ["E11", "E45", "E41", "E4A", "E8", "E3"] { XCTAssertTrue(reasons.contains(rec), rec) }
        XCTAssertTrue(reasons.contains { $0 == "E5" || $0 == "E6" || $0 == "E17" })
        let snapshot = data.lookedAfter(on: SynthFixture.to)
        let groups = Set((0..<snapshot.rowCount).compactMap { SynthMeasurement.text(snapshot, "placement_group", $0) })
        for g in [SynthPlacement.inHouseFostering, .agencyFostering, .commissionedHome, .placedForAdoption, .withParents,
                  .independentLiving] {
            XCTAssertTrue(groups.contains(g.name), g.name)
        }
        XCTAssertGreaterThan(data.moves(from: SynthFixture.from, to: SynthFixture.to).rowCount, 500)
    }

    func testSiblingsUnaccompaniedChildrenAndShortBreaksAppear() throws {
        let w = SynthFixture.writer(children: 3_000, seed: 5)
        let data = try SynthFixture.data(w)
        let uasc = String(decoding: w.uasc(), as: UTF8.self).split(separator: "\n").count - 1
        XCTAssertGreaterThan(uasc, 20)
        let breaks = data.episodes.filter(\.isShortBreak).count
        XCTAssertGreaterThan(breaks, 50)
        let admissions = data.admissions(from: SynthFixture.from, to: SynthFixture.to)
        var sameDay: [String: Int] = [:]
        for r in 0..<admissions.rowCount {
            if case let .date(d)? = admissions.column(named: "date")?[r] { sameDay[d.iso, default: 0] += 1 }
        }
        XCTAssertGreaterThan(sameDay.values.filter { $0 >= 2 }.count, 50)
        // Some placements are out of the borough, most fostering in it.
        let snapshot = data.lookedAfter(on: SynthFixture.to)
        let out = (0..<snapshot.rowCount).filter { SynthMeasurement.flag(snapshot, "out_of_area", $0) }.count
        XCTAssertGreaterThan(out, snapshot.rowCount / 10)
        XCTAssertLessThan(out, snapshot.rowCount * 6 / 10)
    }

    func testPostcodesAreFictional() {
        var rng = SplitMix64(seed: 1)
        var bytes: [UInt8] = []
        SynthPostcodes.append(SynthPostcodes.draw(inBorough: true, rng: &rng), to: &bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("XB"), text)
        XCTAssertEqual(Postcode.district(of: text).map(SynthPostcodes.inBorough.contains), true)
    }

    func testTargetsParseAndErrorsPointAtTheField() {
        let ok = CalibrationTargets.parse("measure,date,to,group,value,tolerance,source\nstock,2014-03-31,,,394,2%,003, Table 1\n")
        XCTAssertEqual(try ok.get().targets.first?.tolerance, .relative(2))
        XCTAssertEqual(try ok.get().targets.first?.source, "003, Table 1")
        let bad = CalibrationTargets.parse("measure,date,to,group,value,tolerance\nstok,2014-03-31,,,394,2%\n", file: "t.csv")
        guard case let .failure(d) = bad else { return XCTFail("expected an error") }
        XCTAssertEqual(d.range?.start.line, 2)
        XCTAssertTrue(d.message.contains("unknown measure `stok`"))
        let tol = CalibrationTargets.parse("measure,date,to,group,value,tolerance\nstock,2014-03-31,,,394,two\n")
        guard case let .failure(t) = tol else { return XCTFail("expected an error") }
        XCTAssertEqual(t.range?.start.column, 24)   // the `two` in the tolerance field
    }

    func testFlowPlanReconcilesStocksAndFlows() throws {
        let text = """
        measure,date,to,group,value,tolerance
        stock,2014-03-31,,,400,2%
        stock,2015-03-31,,,420,2%
        admissions,2014-04-01,2015-03-31,,200,5%
        leavers,2014-04-01,2015-03-31,,170,5%
        """
        let plan = FlowPlan(targets: try CalibrationTargets.parse(text).get())
        let a = plan.flows[0].admissions, s0 = plan.stocks[0].value, s1 = plan.stocks[1].value
        // 400 + 200 − 170 = 430 ≠ 420: the plan splits the difference within the tolerances.
        XCTAssertLessThan(abs(a - 200), 10)
        XCTAssertLessThan(abs((a - (s1 - s0)) - 170), 8.5)
        XCTAssertLessThan(abs(s1 - 420), 8.4)
        let months = plan.monthly(from: Day.parse("2014-04-01")!, to: Day.parse("2015-03-31")!)
        XCTAssertEqual(months.admissions.reduce(0, +), a, accuracy: 1e-6)
        XCTAssertEqual(months.stock.last!, s1, accuracy: 1e-6)
    }
}

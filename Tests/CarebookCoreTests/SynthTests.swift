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

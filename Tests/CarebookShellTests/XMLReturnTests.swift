import XCTest

/// An XML return and its CSV tables give the same answers: each pair of transcripts is the same, recorded
/// results and all, from its marker line down (TranscriptTests replays both, so the results are real).
final class XMLReturnTests: XCTestCase {
    static let marker = "# --- the same answers from either format"

    func assertSameBelowMarker(_ xml: String, _ csv: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let root = TranscriptTests.root.appendingPathComponent("Tests/Transcripts")
        let texts = try [xml, csv].map { try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }
        let bodies = texts.map { text -> Substring in
            guard let r = text.range(of: Self.marker) else { return "" }
            return text[r.lowerBound...]
        }
        XCTAssertFalse(bodies[0].isEmpty, "\(xml) has no marker line", file: file, line: line)
        XCTAssertGreaterThan(bodies[0].split(separator: "\n").filter { $0.hasPrefix("#> ") }.count, 20, file: file, line: line)
        XCTAssertEqual(bodies[0], bodies[1], "\(xml) and \(csv) differ below the marker", file: file, line: line)
    }

    func testThe903XMLReturnAnswersAsItsCSVTables() throws {
        try assertSameBelowMarker("care/xml-return.cb", "care/xml-return-csv.cb")
    }

    func testTheCINCensusXMLReadsAsItsCSVTables() throws {
        try assertSameBelowMarker("need/cin-census-xml.cb", "need/cin-census-csv.cb")
    }
}

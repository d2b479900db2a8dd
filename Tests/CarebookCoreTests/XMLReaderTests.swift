import Foundation
import XCTest
@testable import CarebookCore

/// The streaming XML readers: tables, lines, ids and warnings, read without the shell.
final class XMLReaderTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    func read903(_ text: String) -> Result<XMLTables, Diagnostic> {
        Array(text.utf8).withUnsafeBufferPointer { SSDA903XML.read($0, name: "t.xml") }
    }

    func readCIN(_ text: String) -> Result<XMLTables, Diagnostic> {
        Array(text.utf8).withUnsafeBufferPointer { CINCensusXML.read($0, name: "c.xml") }
    }

    func table(_ tables: XMLTables, _ suffix: String) -> Table {
        tables.tables.first { $0.suffix == suffix }!.table
    }

    /// Every warning of the malformed fixture, at its element's line (the summary shows the first five).
    func testMalformedContentIsReportedAtEachLine() throws {
        let text = try String(contentsOfFile: Self.fixtures + "/care/xml/malformed.xml", encoding: .utf8)
        let tables = try read903(text).get()
        XCTAssertEqual(tables.problemCount, 6)
        XCTAssertEqual(tables.problems.map(\.line), [8, 10, 21, 25, 49, 69])
        XCTAssertEqual(tables.problems.last?.message, "unknown element <SUMMARY> at EXPSSDA903/SUMMARY; ignored")
        XCTAssertEqual(tables.problems[0].description, "t.xml:8: <DOB> 31/02/2008 is not a date (CHILD 301); kept as written")
        // Rows keep their element's line: the headers at <HEADER>, the episodes at <EPISODE>.
        XCTAssertEqual(table(tables, "header").rowLines, [5, 25, 42])
        XCTAssertEqual(table(tables, "episodes").rowLines, [12, 30, 48, 58])
    }

    /// CHILD, DOB and SEX go onto the rows of the child's other tables even when HEADER lists them last.
    func testChildFieldsAreRepeatedWhereverTheyAppear() throws {
        let xml = """
        <EXPSSDA903><CHILD><HEADER><AREVIEW><REVIEW>01/02/2017</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
        <UASC>1</UASC><DUC>01/01/2020</DUC><CHILDID>9</CHILDID><SEX>2</SEX><DOB>03/04/2005</DOB></HEADER></CHILD></EXPSSDA903>
        """
        let tables = try read903(xml).get()
        let reviews = table(tables, "reviews"), uasc = table(tables, "uasc")
        XCTAssertEqual(reviews.columnNames, ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"])
        XCTAssertEqual(reviews[0, 1].brief, Value.date(Day(year: 2005, month: 4, day: 3)!).brief)
        XCTAssertEqual(uasc[0, 0].brief, "9")
        XCTAssertEqual(uasc[0, 1].brief, "2")
        XCTAssertEqual(tables.problemCount, 0)
    }

    /// CINdetailsID counts a child's CINdetails; AssessmentID and CPPID count within each CINdetails;
    /// each CPPreviewDate is a row; factors are joined with ",".
    func testCINIdsAreNumberedInDocumentOrder() throws {
        let xml = """
        <Message><Header><CollectionDetails><Year>2017</Year></CollectionDetails></Header><Children>
        <Child><ChildIdentifiers><LAchildID>A</LAchildID></ChildIdentifiers>
        <CINdetails><CINreferralDate>2016-01-01</CINreferralDate><Assessments><FactorsIdentifiedAtAssessment>
        <AssessmentFactors>1A</AssessmentFactors><AssessmentFactors>2B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments></CINdetails>
        <CINdetails><Assessments /><Assessments /><ChildProtectionPlans><CPPstartDate>2016-05-01</CPPstartDate></ChildProtectionPlans>
        <ChildProtectionPlans><Reviews><CPPreviewDate>2016-07-01</CPPreviewDate><CPPreviewDate>2016-10-01</CPPreviewDate></Reviews>
        </ChildProtectionPlans></CINdetails></Child></Children></Message>
        """
        let tables = try readCIN(xml).get()
        let ids = { (t: Table, c: String) in (0..<t.rowCount).map { t[$0, t.columnIndex(named: c)!].brief } }
        XCTAssertEqual(ids(table(tables, "cin_details"), "CINdetailsID"), ["1", "2"])
        XCTAssertEqual(ids(table(tables, "assessments"), "CINdetailsID"), ["1", "2", "2"])
        XCTAssertEqual(ids(table(tables, "assessments"), "AssessmentID"), ["1", "1", "2"])
        XCTAssertEqual(ids(table(tables, "assessments"), "AssessmentFactors"), ["\"1A,2B\"", "empty", "empty"])
        XCTAssertEqual(ids(table(tables, "child_protection_plans"), "CPPID"), ["1", "2"])
        XCTAssertEqual(ids(table(tables, "reviews"), "CPPID"), ["2", "2"])
        XCTAssertEqual(table(tables, "reviews").rowLines, [6, 6])
        XCTAssertEqual(ids(table(tables, "header"), "Year"), ["2017"])
    }

    /// A DOCTYPE is refused before parsing, in any case; the root element is found without parsing.
    func testDoctypeIsRefusedAndRootIsFound() {
        for doctype in ["<!DOCTYPE x>", "<!doctype x>"] {
            guard case let .failure(d) = read903("<?xml version=\"1.0\"?>\n\(doctype)\n<EXPSSDA903/>") else {
                return XCTFail("\(doctype) was not refused")
            }
            XCTAssertTrue(d.message.hasPrefix("t.xml:2: malformed XML: a DOCTYPE is not accepted"), d.message)
        }
        XCTAssertEqual(XMLRecordReader.rootName(Array("<?xml version=\"1.0\"?><!-- c --><Message a=\"1\">".utf8)), "Message")
        XCTAssertNil(XMLRecordReader.rootName(Array("just text".utf8)))
        // A comment mentioning DOCTYPE after the root is harmless.
        XCTAssertNoThrow(try read903("<EXPSSDA903><!-- <!DOCTYPE --></EXPSSDA903>").get())
    }

    /// A table picked from keeps its rows' lines; a CSV table's line is its row + 2.
    func testRowLinesFollowTheRows() throws {
        var t = Table(columns: [Column(name: "a", storage: .numbers([1, 2, 3], percent: false))])
        XCTAssertEqual(t.sourceLine(ofRow: 2), 4)
        t.rowLines = [10, 20, 30]
        XCTAssertEqual(t.gathering([2, 0]).rowLines, [30, 10])
        XCTAssertEqual(t.gathering([2, 0]).sourceLine(ofRow: 0), 30)
    }

    /// Inputs that once crashed a reader (Tests/Fuzz/xml) are refused with one located error.
    /// invalid-utf8-element-name.xml: Foundation's parser trapped on an element name that was not UTF-8.
    func testFuzzCrashersAreRefused() throws {
        let folder = Self.fixtures + "/../Fuzz/xml"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertTrue(files.contains("invalid-utf8-element-name.xml"))
        for file in files {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)))
            for read in [SSDA903XML.read(_:name:), CINCensusXML.read(_:name:)] {
                guard case let .failure(d) = bytes.withUnsafeBufferPointer({ read($0, "f.xml") }) else {
                    return XCTFail("\(file) was read")
                }
                XCTAssertTrue(d.message.hasPrefix("f.xml:"), d.message)
            }
        }
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/invalid-utf8-element-name.xml")))
        guard case let .failure(d) = bytes.withUnsafeBufferPointer({ SSDA903XML.read($0, name: "f.xml") }) else { return XCTFail() }
        XCTAssertEqual(d.message, "f.xml:1: malformed XML: byte 0xD0 is not UTF-8 (save the file as UTF-8)")
        // processing-instruction-without-data.xml: Foundation's parser trapped on `<?xUIntersi?>` (no data).
        let pi = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/processing-instruction-without-data.xml")))
        guard case let .failure(e) = pi.withUnsafeBufferPointer({ SSDA903XML.read($0, name: "f.xml") }) else { return XCTFail() }
        XCTAssertEqual(e.message, "f.xml:1: malformed XML: a processing instruction (<?…?>) is not accepted in a data file")
        XCTAssertNoThrow(try read903("<?xml version=\"1.0\"?>\n<EXPSSDA903/>").get())
        guard case .failure = read903("<?xml version=\"1.0\"?>\n<EXPSSDA903><?x?></EXPSSDA903>") else { return XCTFail() }
    }

    /// A declared encoding other than UTF-8, ASCII or Latin-1 is refused (its names could not be read as UTF-8).
    func testOtherEncodingsAreRefused() {
        guard case let .failure(d) = read903("<?xml version=\"1.0\" encoding=\"UTF-16\"?><EXPSSDA903/>") else { return XCTFail() }
        XCTAssertEqual(d.message, "t.xml:1: malformed XML: the encoding \"utf-16\" is not read; save the file as UTF-8")
        XCTAssertNoThrow(try read903("<?xml version='1.0' encoding='us-ascii'?><EXPSSDA903/>").get())
    }
}

import Foundation
import XCTest
@testable import CarebookCore

/// The .xlsx reader's parts, each against figures worked out by hand or read with openpyxl.
final class XLSXReaderTests: XCTestCase {
    func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: CareFixtures.repository.appendingPathComponent("Tests/Fixtures/xlsx/\(name)")))
    }

    func testCustomNumberFormatsAreSortedByWhatTheyShow() {
        let cases: [(String, XLSXNumberFormat)] = [
            ("dd/mm/yyyy", .date), ("d mmm yyyy", .date), ("mmm-yy", .date), ("mmmm", .date),
            ("[$-809]dd mmmm yyyy;@", .date), ("dd/mm/yyyy hh:mm", .date),
            ("h:mm", .number), ("h:mm:ss AM/PM", .number), ("[h]:mm:ss", .number), ("[mm]:ss", .number), ("mm:ss", .number),
            ("\"£\"#,##0.00", .money), ("[$£-809]#,##0.00", .money), ("£#,##0;[Red]-£#,##0", .money),
            ("_-\"£\"* #,##0.00_-;\\-\"£\"* #,##0.00_-", .money),
            ("0.0%", .percent), ("0%", .percent), ("0.0\"%\"", .number), ("0.0\\%", .number),
            ("General", .number), ("#,##0", .number), ("[Red]#,##0", .number), ("0.00E+00", .number), ("@", .number),
            ("\"$\"#,##0.00", .number), ("\"day \"0", .number), ("0;\"dd\"", .number),
        ]
        for (code, kind) in cases { XCTAssertEqual(XLSXNumberFormat.custom(code), kind, code) }
    }

    func testBuiltInFormatIDs() {
        for id in [14, 15, 16, 17, 22] { XCTAssertEqual(XLSXNumberFormat.builtIn(id), .date, "\(id)") }
        for id in [18, 19, 20, 21, 45, 46, 47, 0, 1, 2, 3, 4, 11, 49] { XCTAssertEqual(XLSXNumberFormat.builtIn(id), .number, "\(id)") }
        for id in [5, 6, 7, 8, 42, 44] { XCTAssertEqual(XLSXNumberFormat.builtIn(id), .money, "\(id)") }
        for id in [9, 10] { XCTAssertEqual(XLSXNumberFormat.builtIn(id), .percent, "\(id)") }
    }

    func testMoneyIsReadFromTheDigitsToExcelsFifteenSignificantDigits() throws {
        func pence(_ s: String) -> Int64? { XLSXDecimal(s)?.rounded(toSignificant: 15).pence }
        XCTAssertEqual(pence("3712.5"), 371_250)
        XCTAssertEqual(pence("-250.75"), -25_075)
        XCTAssertEqual(pence("0"), 0)
        XCTAssertEqual(pence("1.5E3"), 150_000)
        XCTAssertEqual(pence("4.5E-1"), 45)
        // 525 × 1.1 in binary floating point, and 3712.5 written with 17 digits: both are whole pence at 15.
        XCTAssertEqual(pence("577.50000000000011"), 57_750)
        XCTAssertEqual(pence("3712.4999999999995"), 371_250)
        XCTAssertEqual(pence("0.30000000000000004"), 30)
        // Fractional pence are refused, not rounded; so is an amount past Int64 pence.
        XCTAssertNil(pence("12.345"))
        XCTAssertNil(pence("0.001"))
        XCTAssertNil(pence("1E17"))
        for bad in ["", "-", ".", "1..2", "1e", "0x10", "nan", "inf", "1,000", "£5", "1E99999"] { XCTAssertNil(XLSXDecimal(bad), bad) }
    }

    func testDateSerialsInBothDateSystems() throws {
        let t1900 = XLSXCellTyping(styles: XLSXStyles(formats: [.date]), sharedStrings: [], uses1904: false)
        let t1904 = XLSXCellTyping(styles: XLSXStyles(formats: [.date]), sharedStrings: [], uses1904: true)
        func day(_ t: XLSXCellTyping, _ s: String) -> Day? { XLSXDecimal(s).flatMap(t.date(serial:)) }
        // 1 is 1900-01-01; 59 is 1900-02-28; 60 is Excel's 29 Feb 1900, which never was; 61 is 1900-03-01.
        XCTAssertEqual(day(t1900, "1"), Day(year: 1900, month: 1, day: 1))
        XCTAssertEqual(day(t1900, "59"), Day(year: 1900, month: 2, day: 28))
        XCTAssertNil(day(t1900, "60"))
        XCTAssertEqual(day(t1900, "61"), Day(year: 1900, month: 3, day: 1))
        // Python: date(1899, 12, 30) + timedelta(43646) == date(2019, 6, 30); a time of day is dropped.
        XCTAssertEqual(day(t1900, "43646"), Day(year: 2019, month: 6, day: 30))
        XCTAssertEqual(day(t1900, "43646.75"), Day(year: 2019, month: 6, day: 30))
        XCTAssertEqual(day(t1900, "2958465"), Day(year: 9999, month: 12, day: 31))
        for bad in ["0", "-1", "0.5", "2958466"] { XCTAssertNil(day(t1900, bad), bad) }
        // 1904 system: 0 is 1904-01-01; date(1904, 1, 1) + timedelta(41455) == date(2017, 7, 1).
        XCTAssertEqual(day(t1904, "0"), Day(year: 1904, month: 1, day: 1))
        XCTAssertEqual(day(t1904, "41455"), Day(year: 2017, month: 7, day: 1))
        XCTAssertNil(day(t1904, "-1"))
    }

    func testCellReferences() {
        XCTAssertEqual(XLSXCellReference("C7"), XLSXCellReference(column: 3, row: 7))
        XCTAssertEqual(XLSXCellReference("AB12"), XLSXCellReference(column: 28, row: 12))
        XCTAssertEqual(XLSXCellReference("$C$7"), XLSXCellReference(column: 3, row: 7))
        XCTAssertEqual(XLSXCellReference("XFD1048576"), XLSXCellReference(column: 16_384, row: 1_048_576))
        for bad in ["XFE1", "A1048577", "A0", "1A", "A", "7", "", "C7D", "A99999999999999999999"] {
            XCTAssertNil(XLSXCellReference(bad), bad)
        }
        XCTAssertEqual(XLSXCellReference.letters(28), "AB")
        XCTAssertEqual(XLSXCellReference.letters(16_384), "XFD")
    }

    func testEscapedCharacters() {
        XCTAssertEqual(XLSXText.unescape("caf_x00E9_"), "café")
        XCTAssertEqual(XLSXText.unescape("a_x000D_b"), "a\rb")
        XCTAssertEqual(XLSXText.unescape("_x005F_x000D_"), "_x000D_")
        XCTAssertEqual(XLSXText.unescape("snake_case_x"), "snake_case_x")
        XCTAssertEqual(XLSXText.unescape("_xZZZZ_"), "_xZZZZ_")
    }

    func testTrackerTypesAndValuesAsOpenpyxlReadsThem() throws {
        let path = CareFixtures.repository.appendingPathComponent("Tests/Fixtures/xlsx/tracker.xlsx").path
        guard case let .success(read) = XLSXReader.read(path: path, name: "tracker.xlsx") else { return XCTFail("not read") }
        XCTAssertEqual(read.sheet, "Plans")
        XCTAssertEqual(read.warnings, [])
        let t = read.load.table
        XCTAssertEqual(t.columnNames, ["child", "plan_date", "weekly_cost", "share", "in_area", "note"])
        XCTAssertEqual(t.columns.map(\.type), [.text, .date, .money, .percent, .bool, .text])
        guard case let .money(pence) = t.columns[2].storage else { return XCTFail("weekly_cost is not money") }
        XCTAssertEqual(pence, [52_500, 371_250, 90_100, 0, -25_075])
        guard case let .dates(days) = t.columns[1].storage else { return XCTFail("plan_date is not dates") }
        XCTAssertEqual(days, [Day(year: 2017, month: 6, day: 30), Day(year: 2016, month: 2, day: 29), nil,
                              Day(year: 1900, month: 3, day: 1), Day(year: 2020, month: 3, day: 31)]
            .map { $0.map { Int64($0.number) } ?? Column.missingInteger })
    }

    func testAPartThatUnpacksPastTheLimitIsRefusedWhateverItsHeaderSays() throws {
        var bytes = try fixture("tracker.xlsx")
        // Make the central directory claim the sheet unpacks to 10 bytes; it really unpacks to more than 1,000.
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        var at = 0
        while at + 46 < bytes.count {
            if bytes[at..<at + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
                let length = Int(bytes[at + 28]) | Int(bytes[at + 29]) << 8
                if bytes[(at + 46)..<(at + 46 + length)].elementsEqual(name) {
                    bytes.replaceSubrange((at + 24)..<(at + 28), with: [10, 0, 0, 0])
                }
            }
            at += 1
        }
        let scratch = try ScratchFolder("xlsx-liar")
        defer { scratch.remove() }
        let path = scratch.url.appendingPathComponent("liar.xlsx").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let archive = try XLSXArchive(path: path, name: "liar.xlsx", limit: 1_000)
        XCTAssertThrowsError(try archive.part("xl/worksheets/sheet1.xml")) { error in
            XCTAssertEqual((error as? Diagnostic)?.message,
                           "liar.xlsx is not a readable .xlsx workbook: its part xl/worksheets/sheet1.xml would be more than 1000 bytes unpacked (a damaged file, or a zip bomb)")
        }
    }

    func testADocumentTypeDeclarationIsRefused() throws {
        let xml = Data("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><sst><si><t>&a;</t></si></sst>".utf8)
        XCTAssertThrowsError(try XLSXSharedStrings.read(xml, part: "xl/sharedStrings.xml", file: "t.xlsx")) { error in
            XCTAssertEqual((error as? Diagnostic)?.message,
                           "t.xlsx is not a readable .xlsx workbook: its part xl/sharedStrings.xml has a document type declaration, which Excel never writes")
        }
    }

    /// Found by the xlsx fuzz harness (Tests/Fuzz/xlsx/entity-not-utf8, its `!`-separated parts): an entity
    /// name of bytes that are not UTF-8 in the styles part trapped inside Foundation's XML parser.
    func testAPartThatIsNotUTF8IsRefusedBeforeParsing() throws {
        let input = try Data(contentsOf: CareFixtures.repository.appendingPathComponent("Tests/Fuzz/xlsx/entity-not-utf8"))
        let styles = Data(input.dropFirst().split(separator: 0, omittingEmptySubsequences: false)[1])
        XCTAssertNotNil(styles.range(of: Data([0x26, 0xFF, 0xFF])), "the entity reference &\\xFF\\xFF…")
        XCTAssertThrowsError(try XLSXStyles.read(styles, part: "xl/styles.xml", file: "t.xlsx")) { error in
            XCTAssertEqual((error as? Diagnostic)?.message, "t.xlsx is not a readable .xlsx workbook: its part xl/styles.xml is not UTF-8 text")
        }
    }

    /// Found by the xlsx fuzz harness (Tests/Fuzz/xlsx/processing-instruction): `<?x?>`, a processing
    /// instruction with no data, made Foundation's XML parser on Linux read a null pointer.
    func testAProcessingInstructionIsRefusedBeforeParsing() throws {
        let input = try Data(contentsOf: CareFixtures.repository.appendingPathComponent("Tests/Fuzz/xlsx/processing-instruction"))
        XCTAssertNotNil(input.range(of: Data("<?x?>".utf8)))
        let parts = input.dropFirst().split(separator: 0, omittingEmptySubsequences: false).map { Data($0) }
        XCTAssertTrue(parts.contains { XLSXXMLPart.hasProcessingInstruction($0) })
        // Tests/Fuzz/xlsx/declaration-unclosed-then-instruction (found in CI): `<?xml ><?x?>`, whose
        // declaration never closes, hid the `<?x?>` from the old check and trapped the parser.
        let unclosed = try Data(contentsOf: CareFixtures.repository.appendingPathComponent("Tests/Fuzz/xlsx/declaration-unclosed-then-instruction"))
        XCTAssertEqual(String(decoding: unclosed, as: UTF8.self), "!<?xml ><?x?>")
        XCTAssertTrue(XLSXXMLPart.hasProcessingInstruction(unclosed.dropFirst()))
        for xml in ["<a><?x?></a>", "<?xml version=\"1.0\"?><a><?x y?></a>", "\u{FEFF}<a/><?x?>", "<?xml ><?x?>"] {
            XCTAssertTrue(XLSXXMLPart.hasProcessingInstruction(Data(xml.utf8)), xml)
            XCTAssertThrowsError(try XLSXSharedStrings.read(Data(xml.utf8), part: "p.xml", file: "t.xlsx"), xml)
        }
        for xml in ["<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst/>", "\u{FEFF}<?xml version=\"1.0\"?><sst/>", "<sst/>"] {
            XCTAssertFalse(XLSXXMLPart.hasProcessingInstruction(Data(xml.utf8)), xml)
            XCTAssertNoThrow(try XLSXSharedStrings.read(Data(xml.utf8), part: "p.xml", file: "t.xlsx"), xml)
        }
    }

    func testAPartCutShortIsRefused() throws {
        let xml = Data("<sst><si><t>a</t></si><si><t>b".utf8)
        XCTAssertThrowsError(try XLSXSharedStrings.read(xml, part: "xl/sharedStrings.xml", file: "t.xlsx")) { error in
            XCTAssertEqual((error as? Diagnostic)?.message,
                           "t.xlsx is not a readable .xlsx workbook: its part xl/sharedStrings.xml is not well-formed XML (it ends before its root element closes)")
        }
    }

    /// Given a part of more than 10 MB at once, Linux's XMLParser fails at its end; streamed, it reads.
    func testAPartOverTenMegabytesReads() throws {
        let text = String(repeating: "x", count: 6_000)
        var xml = "<worksheet><sheetData>"
        for r in 1...2_000 { xml += "<row r=\"\(r)\"><c r=\"A\(r)\" t=\"inlineStr\"><is><t>\(text)</t></is></c><c r=\"B\(r)\"><v>\(r)</v></c></row>" }
        xml += "</sheetData></worksheet>"
        XCTAssertGreaterThan(xml.utf8.count, 12_000_000)
        let reader = XLSXSheetReader(typing: XLSXCellTyping(styles: XLSXStyles(), sharedStrings: [], uses1904: false))
        try XLSXXMLPart.parse(Data(xml.utf8), part: "sheet1.xml", file: "big.xlsx", delegate: reader)
        XCTAssertEqual(reader.cells.count, 4_000)
        guard case let .typed(.number(last)) = reader.cells.last?.1 else { return XCTFail("B2000 is not a number") }
        XCTAssertEqual(last, 2_000)
    }

    /// A cell with no reference follows the one before it; past column XFD the sheet cannot be read, and
    /// the message names the row (a cell written before any row names none).
    func testACellPastTheLastColumnNamesItsRow() throws {
        let typing = XLSXCellTyping(styles: XLSXStyles(), sharedStrings: [], uses1904: false)
        for (xml, failure) in [
            ("<worksheet><sheetData><row r=\"7\"><c r=\"XFD7\"><v>1</v></c><c><v>2</v></c></row></sheetData></worksheet>",
             "a cell after XFD7 is not a place on a sheet (A1 to XFD1048576)"),
            ("<worksheet><sheetData><c><v>2</v></c></sheetData></worksheet>",
             "a cell before any row is not a place on a sheet (A1 to XFD1048576)"),
        ] {
            let reader = XLSXSheetReader(typing: typing)
            try? XLSXXMLPart.parse(Data(xml.utf8), part: "sheet1.xml", file: "t.xlsx", delegate: reader)
            XCTAssertEqual(reader.failure, failure, xml)
        }
    }

    func testFileFormatFromMagicThenExtension() {
        XCTAssertEqual(FileFormat.detect(path: "a.csv", bytes: [0x50, 0x4B, 0x03, 0x04, 0]), .xlsx)
        XCTAssertEqual(FileFormat.detect(path: "a.xlsx", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), .compoundFile)
        XCTAssertEqual(FileFormat.detect(path: "a.XLSX", bytes: Array("a,b\n".utf8)), .xlsx)
        XCTAssertEqual(FileFormat.detect(path: "a.xls", bytes: Array("a,b\n".utf8)), .compoundFile)
        XCTAssertEqual(FileFormat.detect(path: "a.csv", bytes: Array("PK,b\n".utf8)), .csv)
        XCTAssertEqual(FileFormat.detect(path: "a.txt", bytes: []), .csv)
    }
}

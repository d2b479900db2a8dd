import Foundation
import XCTest
import ZIPFoundation
@testable import CarebookCore

/// Reading parts with ZIPFoundation: where each part's data starts, and the guard that keeps its Linux
/// inflate from reading past a part's stored bytes.
final class XLSXArchiveTests: XCTestCase {
    func path(_ name: String) -> String {
        CareFixtures.repository.appendingPathComponent("Tests/Fixtures/xlsx/\(name)").path
    }

    /// Each part's data start as Python's zipfile finds it: the directory's header_offset (zip64-decoded)
    /// plus 30 and the local header's own name and extra-field lengths, read from the bytes there:
    /// `i.header_offset + 30 + n + e` with `n, e = struct.unpack_from("<HH", raw, i.header_offset + 26)`.
    func testEachPartsDataStartIsWherePythonsZipfileFindsIt() throws {
        let expected: [String: [String: UInt64]] = [
            "tracker.xlsx": ["docProps/app.xml": 46, "docProps/core.xml": 242, "xl/theme/theme1.xml": 412,
                             "xl/worksheets/sheet1.xml": 2018, "xl/worksheets/sheet2.xml": 2732, "xl/styles.xml": 3215,
                             "_rels/.rels": 4024, "xl/workbook.xml": 4261, "xl/_rels/workbook.xml.rels": 4638,
                             "[Content_Types].xml": 4867],
            // Every entry but the first has its local header's offset only in a zip64 extra field.
            "zip64.zip": ["docProps/app.xml": 66, "docProps/core.xml": 282, "xl/theme/theme1.xml": 472,
                           "xl/worksheets/sheet1.xml": 2098, "xl/worksheets/sheet2.xml": 2832, "xl/styles.xml": 3335,
                           "_rels/.rels": 4164, "xl/workbook.xml": 4421, "xl/_rels/workbook.xml.rels": 4818,
                           "[Content_Types].xml": 5067],
        ]
        for (file, starts) in expected {
            let archive = try XLSXArchive(path: path(file), name: file)
            var found: [String: UInt64] = [:]
            for entry in archive.archive { found[entry.path] = entry.dataStart }
            XCTAssertEqual(found, starts, file)
        }
    }

    /// The central directory's offset in the zip64 end record, as ZIPFoundation read it: 5,354 in zip64.zip
    /// (`struct.unpack_from("<Q", data, data.rfind(b"PK\x06\x06") + 48)`), none in tracker.xlsx, which has
    /// no zip64 end record; 0xFFFFFFFFFFFFFF00 is refused before ZIPFoundation lists the entries (it traps).
    func testTheZip64DirectoryOffsetIsReadAndOnePastInt64IsRefused() throws {
        XCTAssertEqual(try XLSXArchive(path: path("zip64.zip"), name: "zip64.zip").archive.zip64DirectoryStart, 5_354)
        XCTAssertNil(try XLSXArchive(path: path("tracker.xlsx"), name: "tracker.xlsx").archive.zip64DirectoryStart)
        XCTAssertThrowsError(try XLSXArchive(path: path("zip64-directory-past-int64.zip"), name: "z.zip")) { error in
            XCTAssertEqual((error as? Diagnostic)?.message,
                           "z.zip is not a readable .xlsx workbook: the file is damaged (not a whole zip archive)")
        }
    }

    /// ratio.xlsx's big.xml is 2,000,000 bytes deflated to far fewer: extracted with a buffer the size of its
    /// stored bytes, it comes out in many output chunks, all kept, and its CRC-32 matches the directory's.
    func testAPartThatInflatesAThousandfoldReadsWhole() throws {
        let archive = try XLSXArchive(path: path("ratio.xlsx"), name: "ratio.xlsx")
        let entry = try XCTUnwrap(archive.archive["big.xml"])
        XCTAssertLessThan(entry.compressedSize, 4_000)
        XCTAssertEqual(entry.uncompressedSize, 2_000_000)
        let data = try XCTUnwrap(try archive.part("big.xml"))
        XCTAssertEqual(data, Data("<a>".utf8 + [UInt8](repeating: UInt8(ascii: "x"), count: 1_999_993) + "</a>".utf8))
    }

    /// tracker.xlsx's theme part is stored in 1,552 bytes and unpacks to 10,140; with its directory entry
    /// saying 10 and a limit of 1,000, more than 1,000 + 0 + 64 stored bytes mean a part past the limit,
    /// refused before extraction (and ZIPFoundation's chunk length stays within 32 bits). Its first stored
    /// byte (at 412, where Python's zipfile finds it) is made 0xFF, a block of the reserved type 3, so
    /// extracting it would fail at once as damage: the refusal comes from the stored size alone.
    func testAPartStoredInMoreBytesThanTheLimitAllowsIsRefused() throws {
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path("tracker.xlsx"))))
        bytes[412] = 0xFF
        let name = Array("xl/theme/theme1.xml".utf8)
        var at = 0, changed = 0
        while at + 46 < bytes.count {
            if bytes[at..<at + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
                let length = Int(bytes[at + 28]) | Int(bytes[at + 29]) << 8
                if bytes[(at + 46)..<(at + 46 + length)].elementsEqual(name) {
                    XCTAssertEqual(bytes[(at + 20)..<(at + 24)].reversed().reduce(0) { $0 << 8 | Int($1) }, 1_552)
                    bytes.replaceSubrange((at + 24)..<(at + 28), with: [10, 0, 0, 0])
                    changed += 1
                }
            }
            at += 1
        }
        XCTAssertEqual(changed, 1)
        let scratch = try ScratchFolder("xlsx-stored")
        defer { scratch.remove() }
        let file = scratch.url.appendingPathComponent("stored.xlsx").path
        XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: Data(bytes)))
        let archive = try XLSXArchive(path: file, name: "stored.xlsx", limit: 1_000)
        XCTAssertThrowsError(try archive.part("xl/theme/theme1.xml")) { error in
            XCTAssertEqual((error as? Diagnostic)?.message,
                           "stored.xlsx is not a readable .xlsx workbook: its part xl/theme/theme1.xml would be more than 1000 bytes unpacked (a damaged file, or a zip bomb)")
        }
    }

    /// data-at-end.xlsx: the part's data starts at the end of the file (byte 109 of 109) and 50 bytes are
    /// said to be stored (empty-at-end.xlsx: 0, but ZIPFoundation reads a chunk of at least 1);
    /// data-past-end.xlsx: it starts at byte 109 of 119 and 100 are said to be stored. Every count is
    /// within the file's length; where the bytes start is what refuses them.
    func testAPartWhoseStoredBytesRunPastTheEndIsRefusedBeforeExtraction() throws {
        for (file, start, stored) in [("data-at-end.xlsx", UInt64(109), UInt64(50)), ("empty-at-end.xlsx", 109, 0),
                                      ("data-past-end.xlsx", 109, 100)] {
            let archive = try XLSXArchive(path: path(file), name: file)
            let entry = try XCTUnwrap(archive.archive["_rels/.rels"])
            XCTAssertEqual(entry.dataStart, start, file)
            XCTAssertEqual(entry.compressedSize, stored, file)
            XCTAssertLessThan(entry.compressedSize, archive.fileSize, file)
            XCTAssertThrowsError(try archive.part("_rels/.rels")) { error in
                XCTAssertEqual((error as? Diagnostic)?.message,
                               "\(file) is not a readable .xlsx workbook: its part _rels/.rels is damaged (it runs past the end of the file)")
            }
        }
    }
}

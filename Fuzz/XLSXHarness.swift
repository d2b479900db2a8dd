import Foundation
import ZIPFoundation

/// The workbook reader. An input starting with `!` is a workbook's XML parts separated by NUL bytes
/// (workbook, styles, shared strings, first sheet, second sheet), zipped in memory first, so the
/// fuzzer works on the XML; any other input is taken as a whole .xlsx file (zip bytes). The reader
/// reads files, so the workbook is written to a scratch file first. Every cell of the table read is read back.
enum XLSXHarness {
    static let partNames = ["xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml",
                            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]
    static let relationships = Data("""
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://x/worksheet" Target="worksheets/sheet2.xml"/>\
        <Relationship Id="rId3" Type="http://x/styles" Target="styles.xml"/>\
        <Relationship Id="rId4" Type="http://x/sharedStrings" Target="sharedStrings.xml"/></Relationships>
        """.utf8)

    /// The scratch file, one per fuzzing process.
    static let scratch = NSTemporaryDirectory() + "/carebook-fuzz-\(ProcessInfo.processInfo.processIdentifier).xlsx"

    static func run(_ bytes: [UInt8]) {
        let file = bytes.first == 0x21 ? workbook(Array(bytes.dropFirst())) : bytes
        guard FileManager.default.createFile(atPath: scratch, contents: Data(file)) else { return }
        for sheet in [nil, "Two"] as [String?] {
            guard case let .success(read) = XLSXReader.read(path: scratch, name: "fuzz.xlsx", sheet: sheet) else { continue }
            let t = read.load.table
            for c in t.columns.indices {
                for r in 0..<min(t.rowCount, 64) { _ = String(describing: t[r, c]) }
            }
            _ = CSVWriter.write(t)
        }
    }

    /// The parts zipped as a workbook (ZIPFoundation writes the archive in memory).
    static func workbook(_ bytes: [UInt8]) -> [UInt8] {
        let pieces = bytes.split(separator: 0, maxSplits: partNames.count - 1, omittingEmptySubsequences: false)
        guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil) else { return [] }
        var parts = zip(partNames, pieces.map { Data($0) }).map { ($0, $1) }
        parts.append(("xl/_rels/workbook.xml.rels", relationships))
        for (name, data) in parts {
            try? archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                  compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data.map { Array($0) } ?? []
    }
}

import Foundation

/// Reads a worksheet of an Excel workbook (.xlsx) into a typed table.
///
/// The workbook is a zip archive (read with ZIPFoundation) of XML parts (read with Foundation's
/// streaming `XMLParser`): the workbook's sheet list and date system, the styles (which number
/// formats are dates, money, percentages), the shared strings, then the sheet's cells.
public enum XLSXReader {
    /// The most unreadable cells listed one by one; the rest are counted.
    public static let problemLimit = 10

    /// Reads `sheet` (the first visible worksheet when nil) from the workbook at `path`; `name` is the
    /// file as the user wrote it, for messages and the table's origin. A failure says whether it is about
    /// the sheet asked for (no such sheet, not a worksheet) or the file.
    public static func read(path: String, name: String, sheet: String? = nil) -> Result<XLSXLoad, XLSXReadFailure> {
        do {
            return .success(try readSheet(path: path, name: name, sheet: sheet))
        } catch let f as XLSXReadFailure {
            return .failure(f)
        } catch let d as Diagnostic {
            return .failure(XLSXReadFailure(diagnostic: d, aboutSheet: false))
        } catch {
            return .failure(XLSXReadFailure(diagnostic: Diagnostic("\(name) is not a readable .xlsx workbook", file: name),
                                            aboutSheet: false))
        }
    }

    private static func readSheet(path: String, name: String, sheet: String?) throws -> XLSXLoad {
        let archive = try XLSXArchive(path: path, name: name)
        let rootRelationships = try XLSXRelationships.read(for: "", in: archive)
        let workbookPath = rootRelationships.first(ofType: "officeDocument")?.path ?? "xl/workbook.xml"
        guard let workbookData = try archive.part(workbookPath) else {
            throw Diagnostic("\(name) is not an .xlsx workbook (it has no \(workbookPath)): save it as .xlsx (or CSV) and load that", file: name)
        }
        let workbook = try XLSXWorkbook.read(workbookData, part: workbookPath, file: name)
        let relationships = try XLSXRelationships.read(for: workbookPath, in: archive)
        let chosen = try choose(sheet, in: workbook, relationships, name: name)
        guard let target = relationships.byID[chosen.relationshipID], let sheetData = try archive.part(target.path) else {
            throw Diagnostic("\(name) is not a readable .xlsx workbook: sheet \"\(chosen.name)\" has no part", file: name)
        }
        let directory = (workbookPath as NSString).deletingLastPathComponent
        let styles = try part(relationships.first(ofType: "styles")?.path ?? directory + "/styles.xml", archive) {
            try XLSXStyles.read($0, part: $1, file: name)
        } ?? XLSXStyles()
        let strings = try part(relationships.first(ofType: "sharedStrings")?.path ?? directory + "/sharedStrings.xml", archive) {
            try XLSXSharedStrings.read($0, part: $1, file: name)
        } ?? []
        let reader = XLSXSheetReader(typing: XLSXCellTyping(styles: styles, sharedStrings: strings, uses1904: workbook.uses1904))
        try XLSXXMLPart.parse(sheetData, part: target.path, file: name, delegate: reader) {
            (reader.lastCell.map { "after cell \($0.text)" } ?? "before the first cell") + " of sheet \"\(chosen.name)\""
        }
        if let failure = reader.failure {
            throw Diagnostic("\(name) is not a readable .xlsx workbook: in sheet \"\(chosen.name)\", \(failure)", file: name)
        }
        try Interruption.check()
        guard let table = XLSXTableBuilder.build(reader.cells, origin: name) else {
            throw Diagnostic("sheet \"\(chosen.name)\" of \(name) is empty: no header row", file: name)
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        let load = CSVLoad(table: table, columnTypes: table.columns.map(\.type), rowsRead: table.rowCount,
                           skipped: [], skippedCount: 0, fileSize: size)
        return XLSXLoad(load: load, sheet: chosen.name, warnings: warnings(reader.problems, sheet: chosen.name, name: name))
    }

    /// The sheet asked for (exactly, else ignoring case), or the first visible worksheet.
    private static func choose(_ wanted: String?, in workbook: XLSXWorkbook, _ relationships: XLSXRelationships,
                               name: String) throws -> XLSXWorkbook.Sheet {
        let worksheets = workbook.sheets.filter { relationships.byID[$0.relationshipID]?.type == "worksheet" }
        guard let wanted else {
            guard let first = worksheets.first(where: { !$0.hidden }) ?? worksheets.first else {
                throw Diagnostic("\(name) has no worksheets", file: name)
            }
            return first
        }
        if let s = workbook.sheets.first(where: { $0.name == wanted })
            ?? workbook.sheets.first(where: { $0.name.lowercased() == wanted.lowercased() }) {
            guard worksheets.contains(s) else {
                throw XLSXReadFailure(diagnostic: Diagnostic("sheet \"\(s.name)\" of \(name) is not a worksheet (a chart?): "
                                                             + "there is no table to read", file: name), aboutSheet: true)
            }
            return s
        }
        let listed = workbook.sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
        throw XLSXReadFailure(diagnostic: Diagnostic("\(name) has no sheet \"\(wanted)\"; its sheets are \(listed)", file: name,
            hint: Suggest.nearest(to: wanted, in: workbook.sheets.map(\.name)).map { "did you mean \"\($0)\"?" }), aboutSheet: true)
    }

    private static func part<T>(_ path: String, _ archive: XLSXArchive, _ read: (Data, String) throws -> T) throws -> T? {
        try archive.part(path).map { try read($0, path) }
    }

    private static func warnings(_ problems: [XLSXSheetReader.Problem], sheet: String, name: String) -> [String] {
        var lines = problems.prefix(problemLimit).map {
            "\(name), sheet \"\(sheet)\", cell \($0.cell.text): \($0.problem.message); left empty"
        }
        if problems.count > problemLimit {
            lines.append("\(name), sheet \"\(sheet)\": \(problems.count - problemLimit) more cells could not be read and were left empty")
        }
        return lines
    }
}

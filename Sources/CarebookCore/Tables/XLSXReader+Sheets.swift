extension XLSXReader {
    /// The names of a workbook's worksheets, in the workbook's order (chart sheets left out); nil when the file
    /// is not a readable .xlsx workbook. Reads only the workbook part and its relationships, not the sheets.
    public static func worksheetNames(path: String) -> [String]? {
        do {
            let archive = try XLSXArchive(path: path, name: path)
            let rootRelationships = try XLSXRelationships.read(for: "", in: archive)
            let workbookPath = rootRelationships.first(ofType: "officeDocument")?.path ?? "xl/workbook.xml"
            guard let data = try archive.part(workbookPath) else { return nil }
            let workbook = try XLSXWorkbook.read(data, part: workbookPath, file: path)
            let relationships = try XLSXRelationships.read(for: workbookPath, in: archive)
            return workbook.sheets.filter { relationships.byID[$0.relationshipID]?.type == "worksheet" }.map(\.name)
        } catch {
            return nil
        }
    }
}

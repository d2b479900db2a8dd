/// Reads a worksheet of an Excel workbook into the table a CSV load would give (then the same
/// loaders take it: a sheet with SSDA903 columns loads as 903 data, one of unit costs as unit costs).
public enum XLSXTableLoader {
    /// Reads the workbook at the file's resolved path; errors point at the `load` statement's path,
    /// or at the sheet's name when that is what is wrong.
    public static func read(_ file: LoadedFile, sheet: (name: String, range: SourceRange)?, at range: SourceRange) throws -> XLSXLoad {
        switch XLSXReader.read(path: file.resolvedPath, name: file.path, sheet: sheet?.name) {
        case let .success(l): return l
        case let .failure(f):
            var d = f.diagnostic
            d.range = f.aboutSheet ? sheet?.range ?? range : range
            d.file = nil
            throw d
        }
    }
}

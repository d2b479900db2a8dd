/// Loads any CSV as a table bound to a name.
public struct CSVTableLoader: DataLoader {
    public init() {}

    public func load(_ file: LoadedFile, csv: CSVLoad, into context: LoadContext, at range: SourceRange) throws -> LoadSummary? {
        context.bind(file, csv.table)
        return LoadSummary(file, csv: csv, kind: .table)
    }

    /// Parses a file's bytes as CSV; errors point at the `load` statement.
    public static func parse(_ bytes: [UInt8], _ file: LoadedFile, at range: SourceRange) throws -> CSVLoad {
        switch CSVReader.parse(bytes: bytes, name: file.path) {
        case let .success(l): return l
        case var .failure(d):
            d.range = range
            d.file = nil
            throw d
        }
    }
}

/// Reads a worksheet of an Excel workbook into the table a CSV load would give (then the same
/// loaders take it: a sheet with SSDA903 columns loads as 903 data, one of unit costs as unit costs).
public enum XLSXTableLoader {
    /// Parses a workbook's bytes; errors point at the `load` statement.
    public static func parse(_ bytes: [UInt8], _ file: LoadedFile, sheet: String?, at range: SourceRange) throws -> XLSXLoad {
        switch XLSXReader.read(bytes: bytes, name: file.path, sheet: sheet) {
        case let .success(l): return l
        case var .failure(d):
            d.range = range
            d.file = nil
            throw d
        }
    }
}

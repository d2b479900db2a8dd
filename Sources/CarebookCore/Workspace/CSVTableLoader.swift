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

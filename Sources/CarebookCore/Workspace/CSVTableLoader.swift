/// Loads any CSV as a table bound to a name.
public struct CSVTableLoader: DataLoader {
    public init() {}

    public func load(_ file: LoadedFile, csv: CSVLoad, into context: LoadContext, at range: SourceRange) throws -> String? {
        context.bind(file, csv.table)
        return Self.summary(csv, path: file.path, name: file.name)
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

    /// "loaded people.csv as people: 12 rows × 4 columns", the column types, and any skipped rows.
    public static func summary(_ l: CSVLoad, path: String, name: String) -> String {
        let t = l.table
        let rows = t.rowCount == 1 ? "1 row" : "\(Money.groupThousands(String(t.rowCount))) rows"
        let columns = t.columns.count == 1 ? "1 column" : "\(t.columns.count) columns"
        var lines = ["loaded \(path) as \(name): \(rows) × \(columns)"]
        lines += TextLayout.wrap(t.columns.map { "\($0.name) \($0.type.rawValue)" }, separator: " · ", width: 96).map { "  " + $0 }
        lines += skippedLines(l)
        return lines.joined(separator: "\n")
    }

    /// "skipped 3 malformed rows:" and the first few, one per line.
    public static func skippedLines(_ l: CSVLoad) -> [String] {
        guard l.skippedCount > 0 else { return [] }
        var lines = ["  skipped \(l.skippedCount) malformed row\(l.skippedCount == 1 ? "" : "s"):"]
        for p in l.skipped.prefix(5) { lines.append("    \(p.description)") }
        if l.skippedCount > 5 { lines.append("    … and \(l.skippedCount - 5) more") }
        return lines
    }
}

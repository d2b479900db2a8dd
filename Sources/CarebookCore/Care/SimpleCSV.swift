/// A small reader for carebook's own reference CSVs (no quoted fields; `#` lines are comments).
///
/// Used to build the default placement mapping and targets from the CSV text
/// embedded in the library; user files go through the general CSV reader.
enum SimpleCSV {
    /// A table of text columns from CSV text whose fields contain no commas or quotes.
    static func table(_ text: String, origin: String) -> Table {
        var lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { $0.trimmingSpaces }
        lines.removeAll { $0.isEmpty || $0.hasPrefix("#") }
        guard let header = lines.first else { return Table(columns: [], rowCount: 0, origin: origin) }
        let names = header.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        var builders = Array(repeating: TextColumnBuilder(), count: names.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            for i in names.indices {
                if i < fields.count, !fields[i].isEmpty { builders[i].append(fields[i]) } else { builders[i].appendMissing() }
            }
        }
        let columns = zip(names, builders).map { Column(name: $0, storage: $1.storage) }
        return Table(columns: columns, rowCount: lines.count - 1, origin: origin)
    }
}

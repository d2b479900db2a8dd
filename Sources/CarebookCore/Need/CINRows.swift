/// Reads the cells of one loaded CIN table by column name, whatever types the CSV reader inferred.
struct CINRows {
    let source: CINSourceFile
    private var readers: [String: FieldReader] = [:]
    private var dayColumns: [String: [DateCell]] = [:]

    init(_ source: CINSourceFile, dates: [String]) {
        self.source = source
        for name in dates { dayColumns[name] = FieldReader(source.table, name).days(source.table.rowCount) }
    }

    var count: Int { source.table.rowCount }
    var file: String { source.file }

    /// The line of a row in its file (the header is line 1).
    func line(_ row: Int) -> Int { row + 2 }

    /// The trimmed text of a cell; nil when blank or when the column is absent.
    mutating func text(_ name: String, _ row: Int) -> String? {
        if let r = readers[name] { return r.text(row) }
        let r = FieldReader(source.table, name)
        readers[name] = r
        return r.text(row)
    }

    /// A date cell (the column must be one of the `dates` given at init; absent columns read as missing).
    func day(_ name: String, _ row: Int) -> DateCell {
        dayColumns[name]?[row] ?? .missing
    }

    /// A yes/no cell: true for true, 1, Y, yes (any case).
    mutating func bool(_ name: String, _ row: Int) -> Bool {
        if let column = source.table.column(named: name), case let .bools(values) = column.storage { return values[row] == true }
        guard let t = text(name, row)?.lowercased() else { return false }
        return ["true", "1", "y", "yes", "t"].contains(t)
    }
}

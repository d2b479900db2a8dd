extension CareLoader {
    /// A targets table (`id, red, amber, green`) with its `id` column as the ids were written, when the CSV
    /// reader took them for numbers; any other table as it is.
    ///
    /// `6.10` read as a number is 6.1, which is another indicator; the targets file is a few lines, so
    /// the ids are read again from its text. The table is returned as it is when the file cannot be
    /// read again or its data lines do not match its rows one for one.
    static func targetsWithTextIDs(_ table: Table, path: String) -> Table {
        let names = Set(table.columnNames.map { $0.lowercased() })
        guard names.isSuperset(of: ["id", "red", "amber", "green"]),
              let column = table.column(named: "id"), column.type == .number,
              case let .success(bytes) = CSVReader.readBytes(path: path) else { return table }
        var lines = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
        lines.removeAll { $0.trimmingSpaces.isEmpty }
        guard let header = lines.first.map(fields),
              let at = header.firstIndex(where: { $0.trimmingSpaces.lowercased() == "id" }),
              lines.count - 1 == table.rowCount else { return table }
        var ids = TextColumnBuilder()
        for line in lines.dropFirst() {
            let f = fields(line)
            if at < f.count, !f[at].trimmingSpaces.isEmpty { ids.append(f[at].trimmingSpaces) } else { ids.appendMissing() }
        }
        return table.setting(Column(name: column.name, storage: ids.storage))
    }

    /// The fields of a CSV line, double quotes around a field removed (ids hold no quotes or commas).
    private static func fields(_ line: String) -> [String] {
        var out: [String] = [], field = "", quoted = false
        for ch in line {
            if ch == "\"" { quoted.toggle() } else if ch == ",", !quoted { out.append(field); field = "" } else { field.append(ch) }
        }
        out.append(field)
        return out
    }
}

/// Reads and checks the rows of one 903 header table (rules 101, 102, INT32).
struct HeaderRows {
    let table: Table

    init(_ table: Table) { self.table = table }

    /// The valid children of the file, first row per CHILD; the other rows are reported to `sink`.
    func read(file: UInt16, into sink: inout IssueSink) -> [CareChild] {
        let n = table.rowCount
        let ids = FieldReader(table, "CHILD").map(n) { $0 }
        let dobs = FieldReader(table, "DOB").days(n)
        let sexField = FieldReader(table, "SEX"), ethnic = FieldReader(table, "ETHNIC")
        let sexes = sexField.map(n) { $0.map { Sex(code: $0) } }
        var seen: [String: Int] = [:]
        var out: [CareChild] = []
        for row in 0..<n {
            guard let id = ids[row] else {
                sink.add(row, nil, "CHILD is missing", rule: "CHILD", .excluded); sink.excludedRows += 1
                continue
            }
            if let first = seen[id] {
                sink.add(row, id, "CHILD is already in the header at line \(first + 2); this row is ignored",
                         rule: "INT32", .excluded)
                sink.excludedRows += 1
                continue
            }
            seen[id] = row
            guard let dob = dobs[row].day else {
                sink.badDate(row, id, "DOB", dobs[row], rule: "102"); sink.excludedRows += 1
                continue
            }
            let sex: Sex = sexes[row].flatMap { $0 } ?? .unknown
            if sexes[row].map({ $0 == nil }) ?? true {
                let shown = sexField.text(row).map { "SEX \($0) is not 1, 2, M, F or U" } ?? "SEX is missing"
                sink.add(row, id, shown + "; recorded as unknown", rule: "101", .kept)
            }
            out.append(CareChild(id: id, sex: sex, dob: dob, ethnicity: ethnic.text(row),
                                 source: RowSource(file: file, line: Int32(row + 2))))
        }
        return out
    }
}

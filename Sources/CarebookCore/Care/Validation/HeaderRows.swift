/// Reads and checks the rows of one 903 header table (rules 101, 102, INT32).
struct HeaderRows {
    let ids: [String?]
    let dobs: [DateCell]
    let sexes: [Sex??]
    /// ETHNIC per row, decoded once per distinct value (not a trimmed String per row).
    let ethnicities: [String?]
    let sexField: FieldReader

    init(_ table: Table) {
        let n = table.rowCount
        ids = FieldReader(table, "CHILD").map(n) { $0 }
        dobs = FieldReader(table, "DOB").days(n)
        sexField = FieldReader(table, "SEX")
        ethnicities = FieldReader(table, "ETHNIC").map(n) { $0 }
        sexes = sexField.map(n) { $0.map { Sex(code: $0) } }
    }

    /// The valid children of the file, first row per CHILD; the other rows are reported to `sink`.
    func read(file: UInt16, into sink: inout IssueSink) -> [CareChild] {
        var seen: [String: Int] = [:]
        var out: [CareChild] = []
        for row in ids.indices {
            if let child = child(row, file: file, seen: &seen, sink: &sink) { out.append(child) } else { sink.excludedRows += 1 }
        }
        return out
    }

    private func child(_ row: Int, file: UInt16, seen: inout [String: Int], sink: inout IssueSink) -> CareChild? {
        guard let id = ids[row] else {
            sink.add(row, nil, "CHILD is missing", rule: "CHILD", .excluded)
            return nil
        }
        if let first = seen[id] {
            sink.add(row, id, "CHILD is already in the header at line \(first + 2); this row is ignored", rule: "INT32", .excluded)
            return nil
        }
        seen[id] = row
        guard let dob = dobs[row].day else {
            sink.badDate(row, id, "DOB", dobs[row], rule: "102")
            return nil
        }
        let sex = sexes[row].flatMap { $0 }
        if sex == nil {
            let shown = sexField.text(row).map { "SEX \($0) is not 1, 2, M, F or U" } ?? "SEX is missing"
            sink.add(row, id, shown + "; recorded as unknown", rule: "101", .kept)
        }
        return CareChild(id: id, sex: sex ?? .unknown, dob: dob, ethnicity: ethnicities[row],
                         source: RowSource(file: file, line: Int32(row + 2)))
    }
}

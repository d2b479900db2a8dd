/// Reads and checks the rows of one 903 header table (rules 101, 102, INT32); a DOB that is not a date is kept as unknown.
struct HeaderRows {
    /// CHILD per row, as keys into its distinct ids (compared as keys, not hashed per row).
    let ids: TextKeys
    let dobs: [DateCell]
    let sexes: [Sex??]
    /// ETHNIC per row, decoded once per distinct value (not a trimmed String per row).
    let ethnicities: [String?]
    let sexField: FieldReader
    let table: Table

    init(_ table: Table) {
        let n = table.rowCount
        let sexField = FieldReader(table, "SEX")
        // The ids on one core, the other columns on the other.
        (ids, (dobs, ethnicities, sexes)) = ParallelMap.pair({ FieldReader(table, "CHILD").keyed(n) }, {
            (FieldReader(table, "DOB").days(n), FieldReader(table, "ETHNIC").map(n) { $0 },
             sexField.map(n) { $0.map { Sex(code: $0) } })
        })
        self.sexField = sexField
        self.table = table
    }

    /// The valid children of the file, first row per CHILD, and each one's key in `ids`; the other rows are reported to `sink`.
    func read(file: UInt16, into sink: inout IssueSink) -> (children: [CareChild], keys: [Int32]) {
        var seen = [Int32](repeating: -1, count: ids.values.count)
        var out: [CareChild] = [], keys: [Int32] = []
        out.reserveCapacity(ids.values.count)
        keys.reserveCapacity(ids.values.count)
        for row in ids.rows.indices {
            if let child = child(row, file: file, seen: &seen, sink: &sink) {
                out.append(child)
                keys.append(ids.rows[row])
            } else {
                sink.excludedRows += 1
            }
        }
        return (out, keys)
    }

    /// The index of the children `read` returned (given by their keys) by CHILD, made from the ids' own
    /// index without hashing them again.
    func index(ofChildrenWithKeys keys: [Int32]) -> [String: Int32] {
        var childOfKey = [Int32](repeating: -1, count: ids.values.count)
        for (i, key) in keys.enumerated() { childOfKey[Int(key)] = Int32(i) }
        var index = ids.index.mapValues { childOfKey[Int($0)] }
        for (key, child) in childOfKey.enumerated() where child < 0 { index[ids.values[key]] = nil }
        return index
    }

    private func child(_ row: Int, file: UInt16, seen: inout [Int32], sink: inout IssueSink) -> CareChild? {
        let key = Int(ids.rows[row])
        guard key >= 0 else {
            sink.add(row, nil, "CHILD is missing", rule: "CHILD", .excluded)
            return nil
        }
        let id = ids.values[key]
        if seen[key] >= 0 {
            sink.add(row, id, "CHILD is already in the header at line \(table.sourceLine(ofRow: Int(seen[key]))); this row is ignored",
                     rule: "INT32", .excluded)
            return nil
        }
        seen[key] = Int32(row)
        // Validation reports, analysis keeps: a child whose DOB cannot be read is still looked after.
        let dob = dobs[row].day
        if dob == nil {
            sink.badDate(row, id, "DOB", dobs[row], rule: "102", .interpreted, kept: "kept with age unknown")
        }
        let sex = sexes[row].flatMap { $0 }
        if sex == nil {
            let shown = sexField.text(row).map { "SEX \($0) is not 1, 2, M, F or U" } ?? "SEX is missing"
            sink.add(row, id, shown + "; recorded as unknown", rule: "101", .kept)
        }
        return CareChild(id: id, sex: sex ?? .unknown, dob: dob, ethnicity: ethnicities[row],
                         source: RowSource(file: file, line: Int32(table.sourceLine(ofRow: row))))
    }
}

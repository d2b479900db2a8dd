/// Reads the rows of one table of the 903 return: CHILD, DOB, dates, codes and 0/1 flags, reporting each problem to a sink.
///
/// Validation reports, analysis keeps: a row leaves only when CHILD or the date that places it
/// (REVIEW, MIS_START, SW_DECOM) cannot be read; any other field that cannot be read is kept as unknown.
struct ReturnRows {
    let table: Table
    let file: UInt16
    var sink: IssueSink
    let ids: [String?]
    let dobs: [DateCell]

    init(_ table: Table, file: UInt16, name: String) {
        self.table = table
        self.file = file
        sink = IssueSink(file: name)
        ids = FieldReader(table, "CHILD").map(table.rowCount) { $0 }
        dobs = FieldReader(table, "DOB").days(table.rowCount)
    }

    var count: Int { table.rowCount }

    /// The row's source (line = data row + 2).
    func source(_ row: Int) -> RowSource { RowSource(file: file, line: Int32(row + 2)) }

    /// The rows with a CHILD; a row without one is left out (no child to join) and reported.
    mutating func rows() -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(count)
        for row in 0..<count {
            if ids[row] != nil { out.append(row); continue }
            sink.add(row, nil, "CHILD is missing; the row left out (no child to join it to)", rule: "CHILD", .excluded)
        }
        return out
    }

    /// DOB as written in this table (the header's DOB is preferred where the child has one).
    func dob(_ row: Int) -> Day? { dobs[row].day }

    /// A date column; a cell that is not a date is reported (kept as unknown) under `rule`.
    mutating func dates(_ field: String, rule: String) -> [Day?] {
        let cells = FieldReader(table, field).days(count)
        return cells.indices.map { row in
            if case let .invalid(text) = cells[row] {
                sink.add(row, ids[row], "\(field) \(text) is not a date; kept as unknown", rule: rule, .kept)
            }
            return cells[row].day
        }
    }

    /// A date column that places the row: a row whose date is missing or not a date is left out.
    mutating func requiredDates(_ field: String, rule: String) -> [Day?] {
        let cells = FieldReader(table, field).days(count)
        return cells.indices.map { row in
            guard ids[row] != nil else { return nil }
            switch cells[row] {
            case let .valid(day): return day
            case .missing: sink.add(row, ids[row], "\(field) is missing; the row left out", rule: rule, .excluded)
            case let .invalid(text): sink.add(row, ids[row], "\(field) \(text) is not a date; the row left out", rule: rule, .excluded)
            }
            return nil
        }
    }

    /// A coded column: blank is nil quietly; a code not in `codes` is reported and read as unknown (nil).
    mutating func codes(_ field: String, _ codes: [String], rule: String) -> [String?] {
        let known = Set(codes)
        // A column holding only YES and NO (IN_TOUCH in a small file) is read as yes/no: its codes back.
        let yesNo = table.column(named: field)?.type == .bool
        let values = FieldReader(table, field).map(count) { text in
            text.map { yesNo ? ($0.lowercased() == "true" ? "YES" : "NO") : $0.uppercased() }
        }
        return values.indices.map { row in
            guard let v = values[row] else { return nil }
            if known.contains(v) { return v }
            sink.add(row, ids[row], "\(field) \(v) is not a valid code (one of \(codes.joined(separator: ", "))); kept as unknown",
                     rule: rule, .kept)
            return nil
        }
    }

    /// A 0/1 column: blank is nil; anything else but 0 or 1 is reported (rule 181) and read as unknown.
    mutating func flags(_ field: String) -> [Bool?] {
        codes(field, ["0", "1"], rule: "181").map { $0.map { $0 == "1" } }
    }

    /// A column as written (trimmed; nil when blank).
    func text(_ field: String) -> [String?] { FieldReader(table, field).map(count) { $0 } }
}

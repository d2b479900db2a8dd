/// Builds the typed columns of the tables the care model returns.
struct TableColumns {
    private(set) var columns: [Column] = []

    mutating func text(_ name: String, _ values: [String?], levels: [String]? = nil) {
        var b = TextColumnBuilder()
        for v in values { if let v { b.append(v) } else { b.appendMissing() } }
        columns.append(Column(name: name, storage: b.storage, levels: levels))
    }

    /// Flags the column just added as identifying a child.
    mutating func markLastAsIdentifier() {
        columns[columns.count - 1].isIdentifier = true
    }

    mutating func column(_ column: Column) {
        columns.append(column)
    }

    mutating func numbers(_ name: String, _ values: [Double?]) {
        columns.append(Column(name: name, storage: .numbers(values.map { $0 ?? .nan }, percent: false)))
    }

    mutating func percents(_ name: String, _ values: [Double?]) {
        columns.append(Column(name: name, storage: .numbers(values.map { $0 ?? .nan }, percent: true)))
    }

    mutating func dates(_ name: String, _ values: [Day?]) {
        columns.append(Column(name: name, storage: .dates(values.map { $0.map { Int64($0.number) } ?? Column.missingInteger })))
    }

    mutating func bools(_ name: String, _ values: [Bool?]) {
        columns.append(Column(name: name, storage: .bools(values)))
    }

    func table(rows: Int, origin: String) -> Table {
        Table(columns: columns, rowCount: rows, origin: origin)
    }
}

extension Day {
    /// Whole weeks from `self` to `later` (rounded down).
    func weeks(to later: Day) -> Int {
        let days = Int(later.number) - Int(number)
        return days >= 0 ? days / 7 : -((-days + 6) / 7)
    }
}

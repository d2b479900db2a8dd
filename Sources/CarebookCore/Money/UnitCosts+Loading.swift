extension UnitCosts {
    /// The column that names the placement group, in order of preference.
    static let groupColumns = ["placement_group", "group", "placement"]
    /// The column that holds the weekly cost, in order of preference.
    static let costColumns = ["weekly_cost", "weekly", "cost_per_week"]

    /// True when a CSV's columns look like a unit-cost table (a group column and a weekly-cost column).
    public static func recognises(columnNames: [String]) -> Bool {
        let names = Set(columnNames.map { $0.lowercased() })
        // A table with a CHILD column is child-level data that happens to carry costs, not a unit-cost table.
        return !names.contains("child") && groupColumns.contains(where: names.contains) && costColumns.contains(where: names.contains)
    }

    /// Reads a unit-cost table: a group column, a weekly cost (money, or a number of pounds),
    /// optional `age_band` and `provider` columns. Rows with an empty cost are skipped.
    public init(table: Table) throws(Diagnostic) {
        guard let g = Self.groupColumns.lazy.compactMap({ table.columnIndex(named: $0) }).first,
              let c = Self.costColumns.lazy.compactMap({ table.columnIndex(named: $0) }).first else {
            throw Diagnostic("a unit-cost table needs a `placement_group` column and a `weekly_cost` column", file: table.origin)
        }
        let band = table.columnIndex(named: "age_band"), provider = table.columnIndex(named: "provider")
        var costs = UnitCosts(origin: table.origin)
        for row in 0..<table.rowCount {
            guard case let .text(group) = table[row, g] else { continue }
            let weekly: Money
            switch table[row, c] {
            case let .money(m): weekly = m
            case let .number(x): weekly = Money(pence: Int64((x * 100).rounded(.toNearestOrEven)))
            case .missing: continue
            case let other:
                throw Diagnostic("row \(row + 2): the weekly cost for \(group) is \(other.kind.withArticle), not money",
                                 file: table.origin)
            }
            costs.set(group, weekly: weekly, ageBand: band.flatMap { Self.cellText(table[row, $0]) },
                      provider: provider.flatMap { Self.cellText(table[row, $0]) })
        }
        guard !costs.isEmpty else { throw Diagnostic("the unit-cost table has no costs", file: table.origin) }
        self = costs
    }

    private static func cellText(_ v: Value) -> String? {
        if case let .text(s) = v, !s.isEmpty, s != "*" { return s }
        return nil
    }
}

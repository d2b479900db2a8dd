extension Ledger {
    /// Reads a ledger table: `initiative` (or `name`), `investment_target`/`_forecast`,
    /// `gross_reduction_target`/`_forecast` (or `reduction_…`), `lac_reduction_target`/`_forecast`,
    /// optional `line`; a missing forecast column means forecast = target.
    ///
    /// Money cells may be money (`£164k`) or plain numbers, which are read as £m as the
    /// published ledgers print them (`-1.374` is −£1,374,000). Blank money counts as zero.
    /// When the table has a `kind` column, only rows of kind `line` are read (printed totals are recomputed).
    public init(table: Table) throws(Diagnostic) {
        guard let name = table.columnIndex(named: "initiative") ?? table.columnIndex(named: "name") else {
            throw Diagnostic("a ledger needs an `initiative` column", file: table.origin,
                             hint: "columns: initiative, investment_target, gross_reduction_target, lac_reduction_target (and _forecast)")
        }
        let kind = table.columnIndex(named: "kind"), number = table.columnIndex(named: "line")
        var lines: [Line] = []
        for row in 0..<table.rowCount {
            if let kind, case let .text(k) = table[row, kind], k.lowercased() != "line" { continue }
            let label = number.map { CohortAlgebra.key(table[row, $0]) } ?? String(lines.count + 1)
            lines.append(Line(line: label, initiative: UnitCosts.text(table[row, name]) ?? "",
                              investment: try Self.money(table, row, ["investment"]),
                              grossReduction: try Self.money(table, row, ["gross_reduction", "reduction", "cost_reduction"]),
                              lacReduction: Self.count(table, row, ["lac_reduction", "lac"])))
        }
        self.init(lines: lines)
    }

    /// A target/forecast pair of money from the first of `stems` that has a `_target` column.
    static func money(_ t: Table, _ row: Int, _ stems: [String]) throws(Diagnostic) -> Pair<Money> {
        guard let stem = stems.first(where: { t.columnIndex(named: $0 + "_target") != nil }) else {
            return Pair(target: .zero, forecast: .zero)
        }
        let target = try cellMoney(t, row, stem + "_target")
        let forecast = t.columnIndex(named: stem + "_forecast") != nil ? try cellMoney(t, row, stem + "_forecast") : target
        return Pair(target: target, forecast: forecast)
    }

    static func cellMoney(_ t: Table, _ row: Int, _ column: String) throws(Diagnostic) -> Money {
        switch t[row, t.columnIndex(named: column)!] {
        case let .money(m): return m
        case let .number(x): return Money(pence: Int64((x * 100_000_000).rounded(.toNearestOrEven)))
        case .missing: return .zero
        case let v: throw Diagnostic("row \(row + 1), `\(column)`: expected money or £m, found \(v.kind.withArticle)", file: t.origin)
        }
    }

    static func count(_ t: Table, _ row: Int, _ stems: [String]) -> Pair<Double?> {
        guard let stem = stems.first(where: { t.columnIndex(named: $0 + "_target") != nil }) else {
            return Pair(target: nil, forecast: nil)
        }
        func cell(_ c: String) -> Double? {
            guard let i = t.columnIndex(named: c), case let .number(x) = t[row, i] else { return nil }
            return x
        }
        let target = cell(stem + "_target")
        return Pair(target: target, forecast: t.columnIndex(named: stem + "_forecast") != nil ? cell(stem + "_forecast") : target)
    }
}

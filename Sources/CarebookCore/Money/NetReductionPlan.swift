/// A plan for the number of looked-after children: a baseline, expected growth and prevention, year by year.
///
/// Each financial year: net reduction = prevention − growth; the year ends at
/// start − net reduction, and the next year starts there (001: 487 − 61 = 426).
public struct NetReductionPlan: Sendable {
    public var baseline: Double
    public var firstYear: FinancialYear
    /// Growth per year (children who would otherwise come into care).
    public var growth: [Double]
    /// Children kept out of care per year.
    public var prevention: [Double]

    public init(baseline: Double, firstYear: FinancialYear, growth: [Double], prevention: [Double]) {
        precondition(growth.count == prevention.count, "one growth and one prevention figure a year")
        self.baseline = baseline
        self.firstYear = firstYear
        self.growth = growth
        self.prevention = prevention
    }

    public var netReductions: [Double] { zip(prevention, growth).map { $0 - $1 } }
    public var totalReduction: Double { netReductions.reduce(0, +) }
    public var end: Double { baseline - totalReduction }

    /// One row per year: financial_year, year_start, start_lac, growth, prevention, net_reduction, year_end, end_lac.
    public var table: Table {
        var names = TextColumnBuilder()
        var starts: [Double] = [], ends: [Double] = []
        var lac = baseline
        let years = (0..<growth.count).map { FinancialYear(firstYear.startYear + $0) }
        for (i, y) in years.enumerated() {
            names.append(y.description)
            starts.append(lac)
            lac -= netReductions[i]
            ends.append(lac)
        }
        return Table(columns: [
            Column(name: "financial_year", storage: names.storage),
            Column(name: "year_start", storage: .dates(years.map { Int64($0.range.from.number) })),
            Column(name: "start_lac", storage: .numbers(starts, percent: false)),
            Column(name: "growth", storage: .numbers(growth, percent: false)),
            Column(name: "prevention", storage: .numbers(prevention, percent: false)),
            Column(name: "net_reduction", storage: .numbers(netReductions, percent: false)),
            Column(name: "year_end", storage: .dates(years.map { Int64($0.range.to.number) })),
            Column(name: "end_lac", storage: .numbers(ends, percent: false)),
        ], rowCount: years.count, origin: "net reduction plan from \(firstYear)")
    }

    /// A record titled "net reduction plan": summary line, years table, total reduction and the end figure.
    public var record: Record {
        let by = FinancialYear(firstYear.startYear + growth.count - 1).range.to
        return Record(title: "net reduction plan", fields: [
            ("summary", .phrase(Phrase([.number(baseline), .words(" − ("), .number(totalReduction), .words(") = "),
                                        .number(end), .words(" by "), .date(by)]))),
            ("years", .table(table)),
            ("total_reduction", .number(totalReduction)),
            ("end", .number(end)),
        ])
    }
}

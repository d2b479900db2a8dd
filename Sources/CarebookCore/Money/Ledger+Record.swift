extension Ledger {
    /// The ledger as the language reads it: a record titled "ledger" with its lines, summary and totals.
    ///
    /// Every figure is typed: money in exact pence, LAC reductions as numbers, each variance signed
    /// (forecast − target) beside its verdict. With `millions` the tables ask CarebookRender to show their
    /// money as the seeds print it, in £m to three decimals (`£1.820m`); otherwise in pounds; reductions and
    /// favourable money variances in accounting brackets either way (`(£0.098m)`, `(£98,000)`).
    public func record(millions: Bool) -> Record {
        let lac = lacReduction, lacVariance = lac.forecast - lac.target
        return Record(title: "ledger", fields: [
            ("lines", .table(linesTable(millions: millions))),
            ("summary", .table(summaryTable(millions: millions))),
            ("investment_target", .money(investment.target)), ("investment_forecast", .money(investment.forecast)),
            ("gross_target", .money(grossReduction.target)), ("gross_forecast", .money(grossReduction.forecast)),
            ("net_target", .money(net.target)), ("net_forecast", .money(net.forecast)),
            ("lac_target", .number(lac.target)), ("lac_forecast", .number(lac.forecast)),
            ("lac_variance", .number(lacVariance)), ("lac_verdict", .text(Self.verdict(reduction: lacVariance).rawValue)),
        ])
    }

    /// How a ledger's tables ask for their money to be shown: £m to three decimals, or pounds; negatives bracketed.
    public static func moneyStyle(millions: Bool) -> Money.Style {
        millions ? .millions(decimals: 3, brackets: true) : .accounting
    }

    /// One row per initiative: line, initiative, then target and forecast of investment, gross, net (money) and
    /// LAC reduction (numbers).
    public func linesTable(millions: Bool) -> Table {
        var line = TextColumnBuilder(), name = TextColumnBuilder()
        for l in lines { line.append(l.line); name.append(l.initiative) }
        var columns = [Column(name: "line", storage: line.storage), Column(name: "initiative", storage: name.storage)]
        let money: [(String, (Line) -> Money)] = [
            ("investment_target", { $0.investment.target }), ("investment_forecast", { $0.investment.forecast }),
            ("gross_target", { $0.grossReduction.target }), ("gross_forecast", { $0.grossReduction.forecast }),
            ("net_target", { $0.net.target }), ("net_forecast", { $0.net.forecast }),
        ]
        for (column, value) in money { columns.append(Column(name: column, storage: .money(lines.map { value($0).pence }))) }
        columns.append(Column(name: "lac_target", storage: .numbers(lines.map { $0.lacReduction.target ?? .nan }, percent: false)))
        columns.append(Column(name: "lac_forecast", storage: .numbers(lines.map { $0.lacReduction.forecast ?? .nan }, percent: false)))
        var table = Table(columns: columns, rowCount: lines.count, origin: "ledger lines")
        table.moneyStyle = Self.moneyStyle(millions: millions)
        return table
    }

    /// The seeds' summary of money: measure, target, forecast, variance (forecast − target, signed) and verdict.
    ///
    /// A money variance is favourable when negative, so the accounting brackets the seeds print around a
    /// favourable variance are the ones CarebookRender puts around a negative amount. The seeds' fourth row,
    /// the LAC reduction, is a count, not money, and a column holds one type: it is the record's `lac_target`,
    /// `lac_forecast`, `lac_variance` and `lac_verdict`.
    public func summaryTable(millions: Bool) -> Table {
        let rows: [(String, Pair<Money>)] = [("Investment", investment), ("Cost reduction (gross)", grossReduction),
                                              ("Net investment/saving", net)]
        var measure = TextColumnBuilder(), verdict = TextColumnBuilder()
        for (name, pair) in rows {
            measure.append(name)
            verdict.append(Self.verdict(money: Money(pence: pair.forecast.pence - pair.target.pence)).rawValue)
        }
        var table = Table(columns: [
            Column(name: "measure", storage: measure.storage),
            Column(name: "target", storage: .money(rows.map(\.1.target.pence))),
            Column(name: "forecast", storage: .money(rows.map(\.1.forecast.pence))),
            Column(name: "variance", storage: .money(rows.map { $0.1.forecast.pence - $0.1.target.pence })),
            Column(name: "verdict", storage: verdict.storage),
        ], rowCount: rows.count, origin: "ledger summary")
        table.moneyStyle = Self.moneyStyle(millions: millions)
        return table
    }
}

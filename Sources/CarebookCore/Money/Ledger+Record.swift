extension Ledger {
    /// The ledger as the language shows it: a record titled "ledger" with its lines, summary and totals.
    ///
    /// With `millions`, money is printed as the seeds print it: £m to three decimals and
    /// reductions in brackets (`(0.098)`); otherwise in pounds, reductions in accounting brackets.
    public func record(millions: Bool) -> Record {
        Record(title: "ledger", fields: [
            ("lines", .table(linesTable(millions: millions))),
            ("summary", .table(summaryTable(millions: millions))),
            ("investment_target", .money(investment.target)), ("investment_forecast", .money(investment.forecast)),
            ("gross_target", .money(grossReduction.target)), ("gross_forecast", .money(grossReduction.forecast)),
            ("net_target", .money(net.target)), ("net_forecast", .money(net.forecast)),
            ("lac_target", .number(lacReduction.target)), ("lac_forecast", .number(lacReduction.forecast)),
        ])
    }

    /// One row per initiative: line, initiative, then target and forecast of investment, gross, net and LAC reduction.
    public func linesTable(millions: Bool) -> Table {
        var line = TextColumnBuilder(), name = TextColumnBuilder()
        for l in lines { line.append(l.line); name.append(l.initiative) }
        var columns = [Column(name: "line", storage: line.storage), Column(name: "initiative", storage: name.storage)]
        let money: [(String, (Line) -> Money)] = [
            ("investment_target", { $0.investment.target }), ("investment_forecast", { $0.investment.forecast }),
            ("gross_target", { $0.grossReduction.target }), ("gross_forecast", { $0.grossReduction.forecast }),
            ("net_target", { $0.net.target }), ("net_forecast", { $0.net.forecast }),
        ]
        for (column, value) in money { columns.append(Self.moneyColumn(column, lines.map(value), millions: millions)) }
        columns.append(Column(name: "lac_target", storage: .numbers(lines.map { $0.lacReduction.target ?? .nan }, percent: false)))
        columns.append(Column(name: "lac_forecast", storage: .numbers(lines.map { $0.lacReduction.forecast ?? .nan }, percent: false)))
        return Table(columns: columns, rowCount: lines.count, origin: "ledger lines")
    }

    /// The seeds' summary: measure, target, forecast, variance (forecast − target) and verdict.
    ///
    /// The variance is printed as the seeds print their "(Favourable) / Adverse" column: its size, in brackets when favourable.
    public func summaryTable(millions: Bool) -> Table {
        let unit = millions ? " (£m)" : ""
        let rows: [(String, Pair<Money>)] = [("Investment" + unit, investment),
                                              ("Cost reduction (gross)" + unit, grossReduction),
                                              ("Net investment/saving" + unit, net)]
        var measure = TextColumnBuilder(), target = TextColumnBuilder(), forecast = TextColumnBuilder()
        var variance = TextColumnBuilder(), verdict = TextColumnBuilder()
        for (name, pair) in rows {
            let v = Money(pence: pair.forecast.pence - pair.target.pence), judged = Self.verdict(money: v)
            measure.append(name); target.append(Self.text(pair.target, millions))
            forecast.append(Self.text(pair.forecast, millions)); verdict.append(judged.rawValue)
            let size = Money(pence: abs(v.pence))
            variance.append(Self.bracketed(millions ? Self.millions(size) : size.formatted(), judged == .favourable))
        }
        let lac = lacReduction, lv = lac.forecast - lac.target, judged = Self.verdict(reduction: lv)
        measure.append("LAC reduction"); target.append(NumberText.brief(lac.target))
        forecast.append(NumberText.brief(lac.forecast)); verdict.append(judged.rawValue)
        variance.append(Self.bracketed(NumberText.brief(abs(lv)), judged == .favourable))
        return Table(columns: [
            Column(name: "measure", storage: measure.storage), Column(name: "target", storage: target.storage),
            Column(name: "forecast", storage: forecast.storage), Column(name: "variance", storage: variance.storage),
            Column(name: "verdict", storage: verdict.storage),
        ], rowCount: 4, origin: "ledger summary")
    }

    /// Money in £m to three decimals with negatives in brackets: `(0.098)`, `1.820`.
    public static func millions(_ m: Money) -> String {
        let body = NumberText.scaled(m.pence.magnitude, by: 100_000_000, decimals: 3)
        return m.pence < 0 ? "(" + body + ")" : body
    }

    static func text(_ m: Money, _ millions: Bool) -> String {
        millions ? Self.millions(m) : m.formatted(.accounting)
    }

    static func bracketed(_ s: String, _ brackets: Bool) -> String { brackets ? "(" + s + ")" : s }

    static func moneyColumn(_ name: String, _ values: [Money], millions: Bool) -> Column {
        guard millions else { return Column(name: name, storage: .money(values.map(\.pence))) }
        var b = TextColumnBuilder()
        for v in values { b.append(Self.millions(v)) }
        return Column(name: name + "_m", storage: b.storage)
    }
}

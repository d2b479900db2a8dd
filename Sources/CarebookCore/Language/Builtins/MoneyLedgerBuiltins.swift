/// Functions over initiative ledgers and net-reduction plans.
public enum MoneyLedgerBuiltins {
    public static var all: [Builtin] { [ledger, initiative, netReductionPlan] }

    static let ledger = Builtin(
        "ledger", summary: "a ledger of initiatives: net = investment + reduction, totals, variance favourable/adverse",
        usage: "ledger(T[, T2, …][, format: \"£m\"])", example: "ledger(initiative_ledger_2017_18, format: \"£m\").summary") { args in
        var lines: [Ledger.Line] = []
        for i in args.positional.indices {
            let t = try args.table(i)
            lines += try MoneyBuiltins.located(args) { () throws(Diagnostic) in try Ledger(table: t).lines }
        }
        guard !lines.isEmpty else { throw Diagnostic("`ledger` needs a table of initiatives", at: args.range, hint: "usage: \(args.usage)") }
        var millions = false
        if let (v, r) = args.optional(99, "format") {
            guard case let .text(unit) = v, unit == "£m" || unit == "£" else { throw args.wrongKind(v, r, "\"£m\" or \"£\"") }
            millions = unit == "£m"
        }
        return .record(Ledger(lines: lines).record(millions: millions))
    }

    static let initiative = Builtin(
        "initiative", summary: "one ledger line written in the session (reductions are negative money)",
        usage: "initiative(NAME, investment: £, reduction: -£, lac: N[, forecast_investment: £, forecast_reduction: -£, forecast_lac: N])",
        example: "initiative(\"FGC\", investment: £164k, reduction: -£165k, lac: 15, forecast_reduction: -£330k, forecast_lac: 30)") { args in
        let name = try args.text(0, "name")
        let investment = try money(args, "investment") ?? .zero, reduction = try money(args, "reduction") ?? .zero
        let lac = try args.optional(99, "lac").map { _ in try args.number(99, "lac") }
        let fInvestment = try money(args, "forecast_investment") ?? investment
        let fReduction = try money(args, "forecast_reduction") ?? reduction
        let fLac = try args.optional(99, "forecast_lac").map { _ in try args.number(99, "forecast_lac") } ?? lac
        var b = TextColumnBuilder()
        b.append(name)
        return .table(Table(columns: [
            Column(name: "initiative", storage: b.storage),
            Column(name: "investment_target", storage: .money([investment.pence])),
            Column(name: "investment_forecast", storage: .money([fInvestment.pence])),
            Column(name: "gross_reduction_target", storage: .money([reduction.pence])),
            Column(name: "gross_reduction_forecast", storage: .money([fReduction.pence])),
            Column(name: "lac_reduction_target", storage: .numbers([lac ?? .nan], percent: false)),
            Column(name: "lac_reduction_forecast", storage: .numbers([fLac ?? .nan], percent: false)),
        ], rowCount: 1, origin: "initiative \(name)"))
    }

    static func money(_ args: CallArguments, _ label: String) throws -> Money? {
        guard let (v, r) = args.optional(99, label) else { return nil }
        guard case let .money(m) = v else { throw args.wrongKind(v, r, "money, such as £164k (a reduction is negative: -£165k)") }
        return m
    }

    static let netReductionPlan = Builtin(
        "net_reduction_plan", summary: "LAC year by year: start − (prevention − growth) = end, from a baseline",
        usage: "net_reduction_plan(baseline: N, from: YEAR, growth: N | [..], prevention: [..] | net: [..]) · net_reduction_plan(T)",
        example: "net_reduction_plan(baseline: 487, from: 2017, growth: 48, net: [4, 13, 22, 22])") { args in
        if case let (.table(t), _)? = args.positional.first { return .record(try fromTable(t, args).record) }
        let baseline = try args.number(99, "baseline"), year = try args.number(99, "from")
        let net = try args.optional(99, "net").map { _ in try numbers(args, "net") }
        let prevention = try args.optional(99, "prevention").map { _ in try numbers(args, "prevention") }
        guard let years = (prevention ?? net)?.count, years > 0 else {
            throw Diagnostic("give `prevention:` or `net:` for each year, as a list", at: args.range, hint: "usage: \(args.usage)")
        }
        let growth = try numbers(args, "growth", count: years)
        let prev = prevention ?? zip(net!, growth).map { $0 + $1 }
        guard growth.count == prev.count else { throw Diagnostic("`growth:` and `prevention:` need one figure a year each", at: args.range) }
        // The plan's years, and the 31 March after its last, are dates in 0001–9999.
        guard year == year.rounded(), year >= 1, year + Double(years) <= 9999 else {
            throw Diagnostic("`from:` is a year such that the plan's \(years) years end by 9999, not \(NumberText.brief(year))",
                             at: args.optional(99, "from")?.range ?? args.range)
        }
        return .record(NetReductionPlan(baseline: baseline, firstYear: FinancialYear(Int(year)), growth: growth, prevention: prev).record)
    }

    /// A list of numbers, or one number repeated `count` times.
    static func numbers(_ args: CallArguments, _ label: String, count: Int = 0) throws -> [Double] {
        let (v, r) = try args.value(99, label)
        switch v {
        case let .number(x) where count > 0: return Array(repeating: x, count: count)
        case let .list(items):
            return try items.map { item in
                guard case let .number(x) = item else { throw args.wrongKind(item, r, "a list of numbers") }
                return x
            }
        default: throw args.wrongKind(v, r, "a list of numbers")
        }
    }

    /// A plan from a table with `financial_year` (or `year_start`), `start_lac`, `growth` and `prevention`.
    static func fromTable(_ t: Table, _ args: CallArguments) throws -> NetReductionPlan {
        func column(_ name: String) throws -> [Double] {
            guard let i = t.columnIndex(named: name) else { throw Diagnostic.unknownName(name, what: "column", at: args.range, candidates: t.columnNames) }
            return (0..<t.rowCount).map { if case let .number(x) = t[$0, i] { x } else { 0 } }
        }
        guard t.rowCount > 0, let s = t.columnIndex(named: "year_start"), case let .date(start) = t[0, s] else {
            throw Diagnostic("the table needs a `year_start` date column", at: args.range)
        }
        return NetReductionPlan(baseline: try column("start_lac")[0], firstYear: FinancialYear(start.financialYear),
                                growth: try column("growth"), prevention: try column("prevention"))
    }
}

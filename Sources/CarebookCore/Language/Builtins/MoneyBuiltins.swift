/// Functions over unit costs: the cost of a cohort per week, per year, over a period, and breakdowns.
public enum MoneyBuiltins {
    public static var all: [Builtin] {
        [costs, setCost, weeksPerYear, weeklyCost, annualCost, cost, withCosts, costBy]
            + MoneyPlanBuiltins.all + MoneyLedgerBuiltins.all + MoneyProjectionBuiltins.all
    }

    /// The session's unit costs, or an error that says how to get some.
    static func unitCosts(_ args: CallArguments) throws -> UnitCosts {
        let c = args.workspace.costs
        guard !c.isEmpty else {
            throw Diagnostic("no unit costs are loaded", at: args.range,
                             hint: "load a unit-cost CSV (placement_group, weekly_cost), or set_cost(\"In-house fostering\", £525)")
        }
        return c
    }

    /// Runs a money computation, pointing any error at the call.
    static func located<T>(_ args: CallArguments, at range: SourceRange? = nil, _ body: () throws(Diagnostic) -> T) throws -> T {
        do { return try body() } catch { var d = error; if d.range == nil { d.range = range ?? args.range }; d.file = nil; throw d }
    }

    static let costs = Builtin("costs", summary: "the unit costs in use: weekly cost per placement group",
                               usage: "costs()", example: "costs()") { args in
        var t = try unitCosts(args).table
        t.origin += " · \(NumberText.brief(args.workspace.weeksPerYear)) weeks a year"
        return .table(t)
    }

    static let setCost = Builtin("set_cost", summary: "set a weekly unit cost for a placement group (optionally an age band or provider)",
                                 usage: "set_cost(GROUP, £WEEKLY[, age_band: BAND][, provider: CODE])",
                                 example: "set_cost(\"Agency fostering\", £880)") { args in
        let name = try args.text(0, "group")
        let (v, r) = try args.value(1, "weekly")
        guard case let .money(weekly) = v else { throw args.wrongKind(v, r, "money, such as £880") }
        guard weekly.pence >= 0 else { throw Diagnostic("a weekly unit cost cannot be negative (\(weekly.formatted()))", at: r) }
        let band = try args.optional(2, "age_band").map { _ in try args.text(2, "age_band") }
        let provider = try args.optional(3, "provider").map { _ in try args.text(3, "provider") }
        var costs = args.workspace.costs
        let (group, note) = try located(args, at: try args.value(0, "group").range) { () throws(Diagnostic) in
            try costs.set(named: name, weekly: weekly, ageBand: band, provider: provider, mapping: args.workspace.care.mapping)
        }
        if costs.origin.isEmpty { costs.origin = "set in the session" }
        args.workspace.costs = costs
        let scope = [band, provider].compactMap { $0 }.joined(separator: ", ")
        return .text("unit cost: \(group)\(scope.isEmpty ? "" : " (\(scope))") \(weekly.formatted()) a week"
                     + (note.map { "; " + $0 } ?? ""))
    }

    static let weeksPerYear = Builtin("weeks_per_year", summary: "the weeks in a year used for annual costs and full-year effects (52, or set 52.14)",
                                      usage: "weeks_per_year([N])", example: "weeks_per_year(52.14)") { args in
        if args.optional(0, "weeks") != nil {
            let n = try args.number(0, "weeks")
            guard n > 0, n <= 53 else { throw args.outOfRange("weeks", .number(n), args.optional(0, "weeks")!.range, "more than 0 and at most 53") }
            args.workspace.weeksPerYear = n
        }
        return .number(args.workspace.weeksPerYear)
    }

    static let weeklyCost = Builtin("weekly_cost", summary: "weekly cost of a cohort or snapshot's current placements, from the unit costs",
                                    usage: "weekly_cost(C)", example: "weekly_cost(looked_after() where placement_group == \"Commissioned children's home\")") { args in
        let t = try args.table(0), c = try unitCosts(args)
        return .money(try located(args) { () throws(Diagnostic) in try c.weeklyTotal(for: t) })
    }

    static let annualCost = Builtin("annual_cost", summary: "weekly cost of a cohort × weeks per year",
                                    usage: "annual_cost(C)", example: "annual_cost(admissions(fy(2018)) where legal_status == \"V2\")") { args in
        let t = try args.table(0), c = try unitCosts(args)
        let weekly = try located(args) { () throws(Diagnostic) in try c.weeklyTotal(for: t) }
        guard let annual = weekly.scaled(by: args.workspace.weeksPerYear) else { throw Diagnostic("the result is too large", at: args.range) }
        return .money(annual)
    }

    static let cost = Builtin("cost", summary: "cost of the actual placements over a period, from episode days (all children, or a cohort's)",
                              usage: "cost([C, ]from: DATE, to: DATE)", example: "cost(ooa, from: 2017-04-01, to: 2018-03-31)") { args in
        let data = try CareBuiltins.data(args), c = try unitCosts(args)
        var children: Set<String>?
        if case let (.table(t), _)? = args.positional.first {
            let view = CohortView(t)
            children = Set((0..<t.rowCount).map { view.childKey($0) ?? "" })
        }
        let from = try args.date(99, "from"), to = try args.date(99, "to")
        guard from <= to else { throw Diagnostic("the period starts (\(from.iso)) after it ends (\(to.iso))", at: args.range) }
        try args.checkWithinData(to, "`to:`", at: args.optional(99, "to")?.range ?? args.range)
        return .money(try located(args) { () throws(Diagnostic) in try c.episodeCost(data, children: children, from: from, to: to) })
    }

    static let withCosts = Builtin("with_costs", summary: "a cohort with each child's weekly_cost and annual_cost added",
                                   usage: "with_costs(C)", example: "with_costs(lac) by placement_group with weekly = sum(weekly_cost)") { args in
        let t = try args.table(0), c = try unitCosts(args)
        let weekly = try located(args) { () throws(Diagnostic) in try c.weeklyCosts(for: t) }
        let annual = weekly.map { $0.scaled(by: args.workspace.weeksPerYear)?.pence ?? Column.missingInteger }
        return .table(t.setting(Column(name: "weekly_cost", storage: .money(weekly.map(\.pence))))
            .setting(Column(name: "annual_cost", storage: .money(annual))))
    }

    static let costBy = Builtin("cost_by", summary: "children, weekly and annual cost of a cohort by a column, with a total row (blank where a group has no unit cost)",
                                usage: "cost_by(C[, \"placement_group\"])", example: "cost_by(looked_after(), \"placement_group\")") { args in
        let t = try args.table(0), c = try unitCosts(args)
        let key = try args.optional(1, "by").map { _ in try args.text(1, "by") } ?? "placement_group"
        guard let k = t.columnIndex(named: key) else {
            throw Diagnostic.unknownName(key, what: "column", at: args.optional(1, "by")?.range ?? args.range, candidates: t.columnNames)
        }
        let weekly = try located(args) { () throws(Diagnostic) in try c.optionalWeeklyCosts(for: t) }
        return .table(CostBreakdown(table: t, key: k, weekly: weekly, weeksPerYear: args.workspace.weeksPerYear).table)
    }
}

/// Projections of the care population and its cost: `project`, `compare`, `backtest`.
public enum MoneyProjectionBuiltins {
    public static var all: [Builtin] { [project, compare, backtest] }

    static let project = Builtin(
        "project", summary: "month-by-month projection of children by placement group, with costs, from rates measured in the data",
        usage: "project([from: DATE][, months: 12][, window: 12][, admissions: -52 | 90%][, leaving: 110%][, leaving_add: 1%]"
            + "[, moves: 120%][, moves_add: 1%][, group: GROUP][, plan: PLAN | [PLANS]][, transfer: [N, FROM, TO, DATE]])",
        example: "project(from: 2019-03-31, months: 12, admissions: -52)") { args in
        let data = try CareBuiltins.data(args)
        let from = try args.optional(99, "from").map { _ in try args.date(99, "from") } ?? (try CareBuiltins.day(args, 99))
        try args.checkWithinData(from, "`from:`", at: args.optional(99, "from")?.range ?? args.range)
        let months = try count(args, "months", 12), window = try count(args, "window", 12)
        try checkRange(from, months: months, window: window, args)
        let model = StockFlowModel(measuring: data, start: from.endOfMonth == from ? from : from.endOfMonth, windowMonths: window)
        let scenario = try MoneyProjectionBuiltins.scenario(args, groups: model.groups)
        return .projection(CostedProjection(model.project(months: months, scenario: scenario), costs: args.workspace.costs))
    }

    /// Fails when the months projected, or the window measured before the start, leave 0001-01-01…9999-12-31.
    static func checkRange(_ start: Day, months: Int, window: Int, _ args: CallArguments) throws {
        guard start.endOfMonth.offset(by: Duration(months: months)) != nil else {
            throw Diagnostic("\(months) months from \(start.iso) runs past 9999-12-31", at: args.range)
        }
        guard start.endOfMonth.offset(by: Duration(months: -window - 1)) != nil else {
            throw Diagnostic("a \(window)-month window before \(start.iso) starts before 0001-01-01", at: args.range)
        }
    }

    static func count(_ args: CallArguments, _ label: String, _ fallback: Int) throws -> Int {
        guard let (_, r) = args.optional(99, label) else { return fallback }
        let n = try args.number(99, label)
        guard n == n.rounded(), n >= 1, n <= 600 else { throw args.outOfRange(label, .number(n), r, "a whole number of months from 1 to 600") }
        return Int(n)
    }

    static func scenario(_ args: CallArguments, groups: [String]) throws -> ProjectionScenario {
        var s = ProjectionScenario()
        if let (v, r) = args.optional(99, "admissions") {
            switch v {
            case let .number(n): s.admissionChangePerYear = n
            case let .percent(p):
                guard p >= 0 else {
                    throw args.outOfRange("admissions", v, r, "0% or more", "a percentage scales admissions (90% is a tenth fewer); "
                                          + "\(v.brief) would make them negative. To take children off a year, give a number: admissions: -52")
                }
                s.admissionFactor = p
            default: throw args.wrongKind(v, r, "a change a year (-52) or a percentage (90%)")
            }
        }
        let scale = "a percentage scales the measured rates (110% is a tenth more); a rate cannot be negative"
        let add = "points added to a monthly chance, which stays between 0% and 100%"
        s.leavingFactor = try args.percent("leaving", within: 0...Double.infinity, scale) ?? 1
        s.leavingAdd = try args.percent("leaving_add", within: -1...1, add) ?? 0
        s.moveFactor = try args.percent("moves", within: 0...Double.infinity, scale) ?? 1
        s.moveAdd = try args.percent("moves_add", within: -1...1, add) ?? 0
        s.group = try args.optional(99, "group").map { _ in try args.text(99, "group") }
        if let (v, r) = args.optional(99, "plan") {
            for item in (v.listItems ?? [v]) {
                guard case let .plan(plan) = item else { throw args.wrongKind(item, r, "a plan, or a list of plans") }
                s.add(plan, groups: groups)
            }
        }
        if let (v, r) = args.optional(99, "transfer") { s.transfers += try transfers(v, r, args) }
        return s
    }

    /// `[8, "Commissioned children's home", "In-house children's home", 2019-10-31]`, or a list of them; "out" leaves care.
    static func transfers(_ v: Value, _ r: SourceRange, _ args: CallArguments) throws -> [ProjectionScenario.Transfer] {
        guard let items = v.listItems else { throw args.wrongKind(v, r, "a list [N, FROM, TO, DATE]") }
        if items.allSatisfy({ $0.listItems != nil }) { return try items.flatMap { try transfers($0, r, args) } }
        guard items.count == 4, case let .number(n) = items[0], case let .text(from) = items[1],
              case let .text(to) = items[2], case let .date(d) = items[3] else {
            throw Diagnostic("a transfer is [count, \"from group\", \"to group\" or \"out\", date]", at: r)
        }
        return [ProjectionScenario.Transfer(date: d, from: from, to: to.lowercased() == "out" ? nil : to, count: n)]
    }

    static let compare = Builtin(
        "compare", summary: "month-by-month difference between two projections in children and money",
        usage: "compare(baseline, scenario)", example: "compare(project(months: 12), project(months: 12, admissions: -52))") { args in
        let a = try months(args, 0), b = try months(args, 1)
        return .table(try MoneyBuiltins.located(args) { () throws(Diagnostic) in try ProjectionComparison(baseline: a, scenario: b).table })
    }

    static func months(_ args: CallArguments, _ i: Int) throws -> Table {
        let (v, r) = try args.value(i)
        if case let .projection(p) = v { return p.months }
        if case let .backtest(b) = v { return b.months }
        if case let .table(t) = v { return t }
        throw args.wrongKind(v, r, "a projection")
    }

    static let backtest = Builtin(
        "backtest", summary: "project from a past date and compare with what the data shows: mean absolute error by group",
        usage: "backtest(from: DATE[, months: 12][, window: 12])", example: "backtest(from: 2018-03-31, months: 12)") { args in
        // `at:` needs the parser to accept a keyword as a label; `from:` says the same today.
        let data = try CareBuiltins.data(args)
        let at = args.optional(99, "at") != nil ? try args.date(99, "at") : try args.date(99, "from")
        try args.checkWithinData(at, "`from:`", at: (args.optional(99, "at") ?? args.optional(99, "from"))?.range ?? args.range)
        let months = try count(args, "months", 12), window = try count(args, "window", 12)
        try checkRange(at, months: months, window: window, args)
        let model = StockFlowModel(measuring: data, start: at.endOfMonth, windowMonths: window)
        let projection = model.project(months: months)
        if let last = args.workspace.reportingDate, projection.monthEnds.last! > last {
            throw Diagnostic("the data runs to \(last.iso), before the backtest's last month \(projection.monthEnds.last!.iso)",
                             at: args.range, hint: "backtest from an earlier date or over fewer months")
        }
        return .backtest(Backtest(projection: projection, data: data))
    }
}

extension Value {
    /// The items of a list value; nil for anything else.
    fileprivate var listItems: [Value]? {
        if case let .list(items) = self { return items }
        return nil
    }
}

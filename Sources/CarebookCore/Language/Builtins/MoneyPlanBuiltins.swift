/// Functions that build plans of moves (step-down, SGO conversion, return home) and their savings.
public enum MoneyPlanBuiltins {
    public static var all: [Builtin] { [stepDown, convertToSGO, returnHome] }

    static let scheduleHelp = "DATE · [6, 2019-09-30, 4, 2020-07-31, \"rest\", 2020-09-30] · \"target_date\" (a column)"

    static let stepDown = Builtin(
        "step_down", summary: "plan to move a cohort to a cheaper placement group: savings by week, year, part-year and month",
        usage: "step_down(C, to: GROUP, on: \(scheduleHelp)[, success: 72%][, cost: £WEEKLY])",
        example: "step_down(ooa, to: \"In-house fostering\", on: 2020-09-30, success: 72%)") { args in
        let group = try args.text(99, "to")
        let destination: Plan.Destination = try fixedCost(args).map { .fixed(group, $0) } ?? .group(group)
        return try plan(args, "step-down to \(group)", destination, dateLabel: "by")
    }

    static let convertToSGO = Builtin(
        "convert_to_sgo", summary: "plan to convert foster placements to special guardianship orders, paying an allowance",
        usage: "convert_to_sgo(C, from: \(scheduleHelp), allowance: £WEEKLY[, success: 72%])",
        example: "convert_to_sgo(sgo, from: 2017-10-01, allowance: £150, success: 50%)") { args in
        let (v, r) = try args.value(99, "allowance")
        guard case let .money(allowance) = v else { throw args.wrongKind(v, r, "a weekly allowance in money, such as £150") }
        guard allowance.pence >= 0 else { throw args.outOfRange("allowance", v, r, "£0 or more") }
        return try plan(args, "conversion to SGO at \(allowance.formatted()) a week", .fixed("SGO", allowance), dateLabel: "from")
    }

    static let returnHome = Builtin(
        "return_home", summary: "plan to return a cohort home (no placement cost, or a weekly support cost)",
        usage: "return_home(C, on: \(scheduleHelp)[, success: 72%][, cost: £WEEKLY])",
        example: "return_home(lac where legal_status == \"V2\", on: 2018-03-31, success: 40%)") { args in
        let support = try fixedCost(args) ?? .zero
        let text = support == .zero ? "return home" : "return home with support at \(support.formatted()) a week"
        return try plan(args, text, .fixed("Home", support), dateLabel: "by")
    }

    static func fixedCost(_ args: CallArguments) throws -> Money? {
        guard let (v, r) = args.optional(99, "cost") else { return nil }
        guard case let .money(m) = v else { throw args.wrongKind(v, r, "a weekly cost in money") }
        guard m.pence >= 0 else { throw args.outOfRange("cost", v, r, "£0 or more") }
        return m
    }

    static func plan(_ args: CallArguments, _ text: String, _ destination: Plan.Destination, dateLabel: String) throws -> Value {
        let cohort = try args.table(0), costs = try MoneyBuiltins.unitCosts(args)
        let schedule = try self.schedule(args, dateLabel)
        let success = try self.success(args)
        let plan = try MoneyBuiltins.located(args) { () throws(Diagnostic) in
            try Plan.make("\(text), \(schedule.text), success \(NumberText.briefPercent(success))", cohort: cohort,
                          costs: costs, to: destination, schedule: schedule, success: success,
                          weeksPerYear: args.workspace.weeksPerYear)
        }
        return .plan(plan)
    }

    /// `success:` as a fraction; 100% when not given.
    static func success(_ args: CallArguments) throws -> Double {
        try args.percent("success", within: 0...1, "a success rate is the chance each move happens") ?? 1
    }

    /// The move dates: one date, a list of count/date pairs ending with "rest", or the name of a date column.
    /// `by:` needs the parser to accept a keyword as a label; `on:` says the same today.
    static func schedule(_ args: CallArguments, _ label: String) throws -> PlanSchedule {
        let alias = label == "by" ? "on" : label
        guard let (v, r) = args.optional(99, alias) ?? args.optional(99, label) else {
            throw Diagnostic("`\(args.name)` needs `\(alias):` with the move date or schedule", at: args.range, hint: "usage: \(args.usage)")
        }
        switch v {
        case let .date(d): return .single(d)
        case let .text(column): return .column(column)
        case let .list(items): return .phased(try phases(items, r, args))
        default: throw args.wrongKind(v, r, "a date, a list of counts and dates, or a column name")
        }
    }

    static func phases(_ items: [Value], _ r: SourceRange, _ args: CallArguments) throws -> [(count: Int?, by: Day)] {
        guard items.count % 2 == 0, !items.isEmpty else {
            throw Diagnostic("a schedule is pairs of a count and a date", at: r, hint: "for example [6, 2019-09-30, \"rest\", 2020-09-30]")
        }
        return try stride(from: 0, to: items.count, by: 2).map { i in
            guard case let .date(d) = items[i + 1] else { throw Diagnostic("item \(i + 2) of the schedule should be a date", at: r) }
            switch items[i] {
            case let .number(n) where n == n.rounded() && n >= 0: return (Int(n), d)
            case let .text(s) where s.lowercased() == "rest": return (nil, d)
            default: throw Diagnostic("item \(i + 1) of the schedule should be a count or \"rest\"", at: r)
            }
        }
    }
}

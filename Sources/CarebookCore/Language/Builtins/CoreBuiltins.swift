/// The general-purpose functions: aggregates, rounding, dates and tables.
public enum CoreBuiltins {
    public static var all: [Builtin] {
        aggregates + [round, abs, date, monthEnd, weeks, days, columns, pct]
    }

    static let aggregateHelp: [ListAggregate.Function: (summary: String, example: String)] = [
        .count: ("number of rows of a table, or of values in a list", "count lac where age >= 12"),
        .sum: ("total of a column or list (numbers, money, percents, durations)", "sum(costs.weekly)"),
        .mean: ("average, ignoring empty values (money to the penny)", "mean(lac.age)"),
        .median: ("middle value, ignoring empty values", "median(lac.weeks_in_care)"),
        .min: ("smallest value", "min(lac.date_entered_care)"),
        .max: ("largest value", "max(lac.age)"),
    ]

    static var aggregates: [Builtin] {
        ListAggregate.Function.allCases.map { f in
            let help = aggregateHelp[f]!
            return Builtin(f.rawValue, summary: help.summary,
                           usage: "\(f.rawValue)(table.column) · \(f.rawValue) list · T by col with n = \(f.rawValue)(col)",
                           example: help.example, isAggregate: true) { args in
                try aggregate(f, &args)
            }
        }
    }

    static func aggregate(_ f: ListAggregate.Function, _ args: inout CallArguments) throws -> Value {
        let (v, r) = try args.value(0)
        switch v {
        case let .table(t):
            guard f == .count else {
                throw Diagnostic("`\(f.rawValue)` of a whole table: name a column", at: r,
                                 hint: "for example \(f.rawValue)(t.\(t.columnNames.first ?? "column"))")
            }
            return .number(Double(t.rowCount))
        case let .list(items):
            switch ListAggregate.apply(f, items) {
            case let .success(x): return x
            case var .failure(d): d.range = r; throw d
            }
        case .missing:
            return f == .count ? .number(0) : .missing
        default:
            if f == .count { return .number(1) }
            return v
        }
    }

    static let round = Builtin("round", summary: "round a number, money or percent to some decimal places",
                               usage: "round(x, digits)", example: "round(92.6254, 1)") { args in
        let (v, r) = try args.value(0)
        let digits = try args.optional(1, "digits").map { _ in try roundingDigits(args) } ?? 0
        let scale = pow10(digits)
        switch v {
        case let .number(x): return .number((x * scale).rounded(.toNearestOrAwayFromZero) / scale)
        case let .percent(x): return .percent((x * 100 * scale).rounded(.toNearestOrAwayFromZero) / scale / 100)
        case let .money(m):
            // digits counts decimal places of pounds: 0 → whole pounds, -3 → thousands.
            guard let rounded = roundMoney(m, digits: digits) else { throw Diagnostic("the result is too large", at: args.range) }
            return .money(rounded)
        default: throw args.wrongKind(v, r, "a number, money or percent")
        }
    }

    /// The `digits` of `round`: a whole number from -18 to 18 (beyond that nothing changes, or all rounds to 0).
    static func roundingDigits(_ args: CallArguments) throws -> Int {
        let x = try args.number(1, "digits")
        guard x == x.rounded(), Swift.abs(x) <= 18, let n = Int(exactly: x) else {
            throw Diagnostic("`round` takes a whole number of digits from -18 to 18, not \(Value.number(x).brief)",
                             at: args.optional(1, "digits")?.range ?? args.range)
        }
        return n
    }

    /// Money rounded half away from zero to `digits` decimal places of pounds, exactly in integers; nil on overflow.
    static func roundMoney(_ m: Money, digits: Int) -> Money? {
        guard digits < 2 else { return m }
        guard let unit = DecimalFactor.power(2 - digits) else { return .zero }
        let pence = Int128(m.pence)
        var q = pence / unit
        if (pence % unit).magnitude * 2 >= unit.magnitude { q += pence < 0 ? -1 : 1 }
        return Money(exactly: q * unit)
    }

    static func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<Swift.abs(n) { p *= 10 }
        return n >= 0 ? p : 1 / p
    }

    static let abs = Builtin("abs", summary: "size of a number, money or percent without its sign",
                             usage: "abs(x)", example: "abs(£-98,000)") { args in
        let (v, r) = try args.value(0)
        switch v {
        case let .number(x): return .number(Swift.abs(x))
        case let .percent(x): return .percent(Swift.abs(x))
        case let .money(m):
            guard let size = m.magnitude else { throw Diagnostic("the result is too large", at: args.range) }
            return .money(size)
        default: throw args.wrongKind(v, r, "a number, money or percent")
        }
    }

    static let date = Builtin("date", summary: "the date for a year, month and day, or from text like \"30/06/2017\"",
                              usage: "date(year, month, day) · date(\"dd/mm/yyyy\")", example: "date(2017, 6, 30)") { args in
        if case let (.text(s), r)? = args.optional(0, "text") {
            guard let d = Day.parse(s) else { throw Diagnostic("`\(s)` is not a date", at: r, hint: "write dd/mm/yyyy or yyyy-mm-dd") }
            return .date(d)
        }
        let y = try args.number(0, "year"), m = try args.number(1, "month"), d = try args.number(2, "day")
        let parts = [y, m, d].map { $0 == $0.rounded() && Swift.abs($0) < 1e6 ? Int(exactly: $0) : nil }
        guard let yy = parts[0], let mm = parts[1], let dd = parts[2], let day = Day(year: yy, month: mm, day: dd) else {
            let shown = [y, m, d].map { Value.number($0).brief }.joined(separator: "-")
            throw Diagnostic("there is no date \(shown)", at: args.range)
        }
        return .date(day)
    }

    static let monthEnd = Builtin("month_end", summary: "the last day of a date's month",
                                  usage: "month_end(date)", example: "month_end(2017-06-12)") { args in
        .date(try args.date(0).endOfMonth)
    }

    static let weeks = Builtin("weeks", summary: "a duration as a number of weeks",
                               usage: "weeks(duration)", example: "weeks(2020-03-31 - 2019-09-30)") { args in
        let (v, r) = try args.value(0)
        guard case let .duration(d) = v else { throw args.wrongKind(v, r, "a duration") }
        return .number(d.weeks)
    }

    static let days = Builtin("days", summary: "a duration as a number of days",
                              usage: "days(duration)", example: "days(2017-06-30 - 2017-04-01)") { args in
        let (v, r) = try args.value(0)
        guard case let .duration(d) = v else { throw args.wrongKind(v, r, "a duration") }
        return .number(d.approximateDays)
    }

    static let columns = Builtin("columns", summary: "the column names of a table, as a list",
                                 usage: "columns(table)", example: "columns(people)") { args in
        .list(try args.table(0).columnNames.map { .text($0) })
    }

    static let pct = Builtin("pct", summary: "one number as a percentage of another",
                             usage: "pct(part, whole)", example: "pct(63, 522)") { args in
        let part = try args.number(0, "part"), whole = try args.number(1, "whole")
        guard whole != 0 else { throw Diagnostic("`pct` of a whole of zero", at: args.range) }
        return .percent(part / whole)
    }
}

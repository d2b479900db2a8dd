/// Functions over the loaded SSDA903 data: snapshots, events and periods.
public enum CareBuiltins {
    public static var all: [Builtin] {
        [lookedAfter, admissions, leavers, moves, fy, ytd, rolling12, validate, list, join]
            + CareIndicatorBuiltins.all + ReturnBuiltins.all
    }

    /// The loaded data set, or an error that says how to load one.
    static func data(_ args: CallArguments) throws -> CareDataSet {
        guard let data = args.workspace.care.data else {
            throw Diagnostic("no SSDA903 data is loaded", at: args.range,
                             hint: "load a header and an episodes file first: load \"header.csv\" and load \"episodes.csv\"")
        }
        return data
    }

    /// The `on:` date, else the as-at date in force, else the last date in the data.
    static func day(_ args: CallArguments, _ index: Int = 0, label: String = "on") throws -> Day {
        if let arg = args.optional(index, label) {
            guard case let .date(d) = arg.value else { throw args.wrongKind(arg.value, arg.range, "a date") }
            try args.checkWithinData(d, "`\(label):`", at: arg.range)
            return d
        }
        guard let d = args.workspace.reportingDate else {
            throw Diagnostic("no as-at date: set one with `asat 2017-06-30`, or load SSDA903 data", at: args.range)
        }
        try args.checkWithinData(d, "the as-at date", at: args.range)
        return d
    }

    /// The most months a month-by-month table (a scorecard) covers: 50 years.
    static let maxMonths = 600

    /// Fails when `from` to `to` spans more than `maxMonths` months, or starts in year 1
    /// (whose year before, needed for rolling figures, is outside the supported dates).
    static func checkSpan(from: Day, to: Day, at range: SourceRange) throws {
        let months = (to.year - from.year) * 12 + to.month - from.month + 1
        guard months <= maxMonths else {
            throw Diagnostic("\(from.iso) to \(to.iso) is \(months) months; a table covers at most \(maxMonths)", at: range)
        }
        guard from.year >= 2 else { throw Diagnostic("\(from.iso) is too early: dates from 0002-01-01 are supported here", at: range) }
    }

    static func origin(_ data: CareDataSet) -> String {
        data.files.joined(separator: ", ")
    }

    static let lookedAfter = Builtin(
        "looked_after", summary: "children looked after on a date (excluding short breaks V3/V4), one row each",
        usage: "looked_after([on: DATE])", example: "looked_after(on: 2017-06-30) by age_band") { args in
        let data = try data(args), day = try day(args)
        var t = data.lookedAfter(on: day)
        t.origin = "looked_after on \(day.iso) from \(origin(data))"
        return .table(t)
    }

    /// A period from `from:`/`to:`, or a period record (`fy(2017)`), or the financial year to date.
    static func period(_ args: CallArguments) throws -> DayRange {
        if case let (.record(r), range)? = args.optional(0, "period") {
            guard case let .date(from)? = r["from"], case let .date(to)? = r["to"] else {
                throw Diagnostic("expected a period such as fy(2017)", at: range)
            }
            try args.checkWithinData(to, "the period's end", at: range)
            return DayRange(from: from, to: to)
        }
        if args.optional(0, "from") != nil || args.optional(1, "to") != nil {
            let to = args.optional(1, "to") != nil ? try args.date(1, "to") : try day(args, 99, label: "on")
            let from = args.optional(0, "from") != nil ? try args.date(0, "from") : DayRange.yearToDate(to).from
            guard from <= to else { throw Diagnostic("the period starts (\(from.iso)) after it ends (\(to.iso))", at: args.range) }
            try args.checkWithinData(to, "the period's end", at: args.range)
            return DayRange(from: from, to: to)
        }
        return DayRange.yearToDate(try day(args, 99, label: "on"))
    }

    static func periodValue(_ r: DayRange) -> Value {
        .record(Record(title: "period", fields: [("from", .date(r.from)), ("to", .date(r.to))]))
    }

    static func events(_ name: String, _ summary: String, _ example: String,
                       _ make: @escaping @Sendable (CareDataSet, DayRange) -> Table) -> Builtin {
        Builtin(name, summary: summary, usage: "\(name)(from: DATE[, to: DATE]) · \(name)(fy(2017)) · \(name)() for the year to date",
                example: example) { args in
            let data = try data(args), range = try period(args)
            var t = make(data, range)
            t.origin = "\(name) \(range.from.iso) to \(range.to.iso) from \(origin(data))"
            return .table(t)
        }
    }

    static let admissions = events("admissions", "children who started to be looked after in a period (default: financial year to date)",
                                   "admissions(fy(2016)) by age_band") { $0.admissions(from: $1.from, to: $1.to) }
    static let leavers = events("leavers", "children who ceased to be looked after in a period, with reason and reason group",
                                "leavers(fy(2015)) by reason_group") { $0.leavers(from: $1.from, to: $1.to) }
    static let moves = events("moves", "placement moves (new placements, not temporary) in a period",
                              "moves(from: 2016-07-01, to: 2017-06-30) by child") { $0.moves(from: $1.from, to: $1.to) }

    static let fy = Builtin("fy", summary: "a financial year as a period: fy(2017) is 1 Apr 2017 to 31 Mar 2018",
                            usage: "fy(YEAR)", example: "admissions(fy(2017))") { args in
        let y = try args.number(0, "year")
        guard y == y.rounded(), (1900...2200).contains(y) else { throw Diagnostic("expected a year such as 2017", at: args.range) }
        return periodValue(FinancialYear(Int(y)).range)
    }

    static let ytd = Builtin("ytd", summary: "the financial year to date, ending on the as-at date",
                             usage: "ytd([on: DATE])", example: "admissions(ytd())") { args in
        periodValue(DayRange.yearToDate(try day(args)))
    }

    static let rolling12 = Builtin("rolling_12_months", summary: "the twelve months ending on the as-at date",
                                   usage: "rolling_12_months([on: DATE])", example: "moves(rolling_12_months())") { args in
        periodValue(DayRange.rolling12Months(endingOn: try day(args)))
    }

    static let validate = Builtin("validate", summary: "every problem found in the loaded 903 files, with file, line, child and rule",
                                  usage: "validate()", example: "validate() by rule") { args in
        let data = try data(args)
        var file = TextColumnBuilder(), child = TextColumnBuilder(), rule = TextColumnBuilder()
        var outcome = TextColumnBuilder(), message = TextColumnBuilder()
        var line: [Double] = []
        for issue in data.issues {
            file.append(issue.file); line.append(Double(issue.line)); rule.append(issue.rule)
            if let c = issue.child { child.append(c) } else { child.appendMissing() }
            outcome.append(issue.outcome.rawValue); message.append(issue.message)
        }
        return .table(Table(columns: [
            Column(name: "file", storage: file.storage), Column(name: "line", storage: .numbers(line, percent: false)),
            Column(name: "child", storage: child.storage, identifier: true),
            // Every rule and outcome there can be, so `where rule == "388"` with none is a real 0, not a typo.
            Column(name: "rule", storage: rule.storage, levels: CareRules.ids),
            Column(name: "outcome", storage: outcome.storage, levels: CareIssue.Outcome.allCases.map(\.rawValue)),
            Column(name: "message", storage: message.storage),
        ], rowCount: line.count, origin: "validation of \(origin(data))"))
    }

    static let list = Builtin("list", summary: "the children in a cohort: CHILD and chosen columns",
                              usage: "list(T[, \"column\", …]) · list T", example: "list(ooa, \"age\", \"placement_group\")") { args in
        let t = try args.table(0)
        var names = ["child"]
        for i in 1..<max(1, args.positional.count) { names.append(try args.text(i)) }
        if names.count == 1 {
            names += ["age", "placement_group", "placement_start"].filter { t.columnIndex(named: $0) != nil }
        }
        let indices = try names.enumerated().map { i, n in
            guard let c = t.columnIndex(named: n) else {
                let r = i < args.positional.count ? args.positional[i].range : args.range
                throw Diagnostic.unknownName(n, what: "column", at: r, candidates: t.columnNames)
            }
            return c
        }
        return .table(t.selecting(indices).sorted(by: [SortKey(column: 0)]))
    }

    static let join = Builtin("join", summary: "add a tracker's columns to a cohort, matching rows by a key (default child)",
                              usage: "join(T, tracker[, on: \"child\"]) · T with tracker", example: "join(ooa, plans)") { args in
        let left = try args.table(0), right = try args.table(1)
        let key = try args.optional(2, "on").map { _ in try args.text(2, "on") } ?? "child"
        return .table(try joinTables(left, right, key: key, at: args.range))
    }

    /// The table with its key column as text when it was read as numbers.
    static func textKeyed(_ t: Table, _ key: String) -> Table {
        guard let i = t.columnIndex(named: key), t.columns[i].type == .number else { return t }
        var builder = TextColumnBuilder()
        for row in 0..<t.rowCount {
            if t.columns[i].isMissing(row) { builder.appendMissing() } else { builder.append(CohortAlgebra.key(t[row, i])) }
        }
        return t.setting(Column(name: t.columns[i].name, storage: builder.storage, identifier: t.columns[i].isIdentifier))
    }

    static func joinTables(_ left: Table, _ right: Table, key: String, at range: SourceRange) throws -> Table {
        // CHILD ids are codes: a tracker whose ids all look like numbers still matches the 903's text ids.
        switch textKeyed(left, key).joined(with: textKeyed(right, key), on: key) {
        case let .success(t): return t
        case var .failure(d): d.range = range; throw d
        }
    }
}

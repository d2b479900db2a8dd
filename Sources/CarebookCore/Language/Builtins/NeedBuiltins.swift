/// Functions over the loaded Children in Need census: referrals, assessments, S47s, conferences, contacts,
/// children in need and plans on a day. Each returns a table whose `child` column is the 903's CHILD,
/// so `children_in_need() where child in looked_after()` joins the two returns.
public enum NeedBuiltins {
    public static var all: [Builtin] {
        [referrals, assessments, section47s, conferences, contacts, childrenInNeed, protectionPlans, cinPlans]
    }

    /// The loaded CIN data, or an error that says how to load it.
    static func data(_ args: CallArguments) throws -> CINDataSet {
        guard let data = args.workspace.cin.data else {
            throw Diagnostic("no Children in Need census data is loaded", at: args.range,
                             hint: "load the census tables first: load \"CINdetails.csv\" (and Assessments, Section47, ChildProtectionPlans, …)")
        }
        warnMergeExclusions(args)
        return data
    }

    /// Warns, once per merge, of the records merging the census left out that its load summary counted as read.
    static func warnMergeExclusions(_ args: CallArguments) {
        let left = args.workspace.cin.takeMergeExclusions()
        if !left.isEmpty {
            let what = left.map { "\(NumberText.counted($0.count, "record")) under \($0.rule) (\($0.what))" }.joined(separator: "; ")
            args.workspace.warn(Diagnostic("the load counted the census tables as read; merging them left out \(what)",
                                           at: args.range, hint: "`validate()` lists each with its file and line"))
        }
    }

    /// The as-at date for CIN data: `asat` if set, else the last date in the CIN data.
    static func reportingDate(_ args: CallArguments, _ data: CINDataSet) throws -> Day {
        if let d = args.workspace.asat ?? data.dateRange?.upperBound { return d }
        throw Diagnostic("no as-at date: set one with `asat 2017-01-31`", at: args.range)
    }

    /// The `on:` date (or a date given first), else the as-at date.
    static func day(_ args: CallArguments, _ data: CINDataSet) throws -> Day {
        if let arg = args.optional(0, "on") {
            guard case let .date(d) = arg.value else { throw args.wrongKind(arg.value, arg.range, "a date") }
            return d
        }
        return try reportingDate(args, data)
    }

    /// A period from `from:`/`to:`, or a period record (`fy(2016)`), else the financial year to the as-at date;
    /// nil when the call gives neither (for the functions that then take a day).
    static func period(_ args: CallArguments, _ data: CINDataSet, defaultYear: Bool = true) throws -> DayRange? {
        if case let (.record(r), range)? = args.optional(0, "period") {
            guard case let .date(from)? = r["from"], case let .date(to)? = r["to"] else {
                throw Diagnostic("expected a period such as fy(2016)", at: range)
            }
            return DayRange(from: from, to: to)
        }
        if args.optional(0, "from") != nil || args.optional(1, "to") != nil {
            let to = args.optional(1, "to") != nil ? try args.date(1, "to") : try reportingDate(args, data)
            let from = args.optional(0, "from") != nil ? try args.date(0, "from") : DayRange.yearToDate(to).from
            guard from <= to else { throw Diagnostic("the period starts (\(from.iso)) after it ends (\(to.iso))", at: args.range) }
            return DayRange(from: from, to: to)
        }
        return defaultYear ? DayRange.yearToDate(try reportingDate(args, data)) : nil
    }

    static func origin(_ data: CINDataSet) -> String { data.files.joined(separator: ", ") }

    static func events(_ name: String, _ summary: String, _ example: String, workingDays: (end: String, days: String)? = nil,
                       _ make: @escaping @Sendable (CINDataSet, DayRange, BankHolidays) -> Table) -> Builtin {
        Builtin(name, summary: summary, usage: "\(name)(from: DATE[, to: DATE]) · \(name)(fy(2016)) · \(name)() for the year to date",
                example: example) { args in
            let data = try data(args), range = try period(args, data)!
            var t = make(data, range, args.workspace.bankHolidays)
            t.origin = "\(name) \(range.from.iso) to \(range.to.iso) from \(origin(data))"
            if let workingDays { warnUncounted(t, workingDays, args) }
            return .table(t)
        }
    }

    /// Warns when rows have both dates but no working days: a date outside the years the bank holidays cover.
    static func warnUncounted(_ t: Table, _ columns: (end: String, days: String), _ args: CallArguments) {
        guard let end = t.column(named: columns.end), let days = t.column(named: columns.days) else { return }
        let n = (0..<t.rowCount).filter { !end.isMissing($0) && days.isMissing($0) }.count
        guard n > 0 else { return }
        let covered = args.workspace.bankHolidays.covered
        args.workspace.warn(Diagnostic(
            "\(n) \(n == 1 ? "row has" : "rows have") a date outside \(covered.lowerBound.iso) to \(covered.upperBound.iso), "
                + "the years the bank holidays in use cover: `\(columns.days)` is blank there", at: args.range,
            hint: "load a bank holidays file (columns bank_holiday, name) covering those years"))
    }

    static let referrals = events(
        "referrals", "CIN referrals dated in a period, with re-referral within 12 months and whether assessed",
        "referrals(from: 2017-01-01, to: 2017-01-31) where re_referral") { d, r, _ in d.referralsTable(r) }
    static let assessments = events(
        "assessments", "assessments started or authorised in a period, with working days taken and within_45",
        "assessments(fy(2016)) where completed and within_45", workingDays: ("authorised_date", "working_days")) { d, r, h in d.assessmentsTable(r, holidays: h) }
    static let section47s = events(
        "section47s", "section 47 enquiries started in a period, with working days to the initial conference",
        "section47s(from: 2017-01-01, to: 2017-01-31)", workingDays: ("icpc_date", "working_days_to_icpc")) { d, r, h in d.section47sTable(r, holidays: h) }
    static let conferences = events(
        "initial_conferences", "initial child protection conferences held in a period, with working days from the S47 start",
        "initial_conferences(fy(2016)) where within_15", workingDays: ("conference_date", "working_days")) { d, r, h in d.conferencesTable(r, holidays: h) }
    static let contacts = events(
        "contacts", "contacts (the local contacts table) dated in a period, joined by child to the census where an id exists",
        "contacts(from: 2017-01-01, to: 2017-01-31) by outcome", workingDays: ("decision_date", "decision_working_days")) { d, r, h in d.contactsTable(r, holidays: h) }

    static let childrenInNeed = Builtin(
        "children_in_need", summary: "children with a referral open on a day (not NFA), one row each, with on_cpp and on_cin_plan",
        usage: "children_in_need([on: DATE])", example: "children_in_need(on: 2017-01-31) where child in looked_after(on: 2017-01-31)") { args in
        let data = try data(args), day = try day(args, data)
        var t = data.childrenInNeedTable(on: day)
        t.origin = "children_in_need on \(day.iso) from \(origin(data))"
        return .table(t)
    }

    static let protectionPlans = Builtin(
        "child_protection_plans", summary: "child protection plans open on a day (or started in a period), with length, over_2_years and previous plans",
        usage: "child_protection_plans([on: DATE]) · child_protection_plans(from: DATE, to: DATE) for plans started",
        example: "child_protection_plans(on: 2017-01-31) where over_2_years") { args in
        try plans("child_protection_plans", args) { $0.protectionPlansTable(on: $1, started: $2) }
    }

    static let cinPlans = Builtin(
        "cin_plans", summary: "child in need plans open on a day (or started in a period), with plan length",
        usage: "cin_plans([on: DATE]) · cin_plans(from: DATE, to: DATE) for plans started", example: "cin_plans(on: 2017-01-31) by age_band") { args in
        try plans("cin_plans", args) { $0.cinPlansTable(on: $1, started: $2) }
    }

    /// Plans open on the `on:` day (default the as-at date), or started in a `from:`/`to:` period.
    private static func plans(_ name: String, _ args: CallArguments,
                              _ table: (CINDataSet, Day?, DayRange?) -> Table) throws -> Value {
        let data = try data(args)
        if let range = try period(args, data, defaultYear: false) {
            var t = table(data, nil, range)
            t.origin = "\(name) started \(range.from.iso) to \(range.to.iso) from \(origin(data))"
            return .table(t)
        }
        let day = try day(args, data)
        var t = table(data, day, nil)
        t.origin = "\(name) on \(day.iso) from \(origin(data))"
        return .table(t)
    }
}

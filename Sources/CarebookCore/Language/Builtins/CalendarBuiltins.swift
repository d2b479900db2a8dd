/// Working days: Monday to Friday except England and Wales bank holidays (`Workspace.bankHolidays`).
public enum CalendarBuiltins {
    public static var all: [Builtin] { [workingDays, workingDaysAfter] }

    static let workingDays = Builtin(
        "working_days", summary: "working days after one date up to and including another (bank holidays excluded)",
        usage: "working_days(from, to)", example: "working_days(2017-01-06, 2017-01-09)") { args in
        guard let (from, to) = try dates(args, "from", "to") else { return .missing }
        do throws(Diagnostic) {
            return .number(Double(try args.workspace.bankHolidays.workingDays(from: from.day, to: to.day)))
        } catch {
            throw located(error, outside: [from, to], args)
        }
    }

    static let workingDaysAfter = Builtin(
        "working_days_after", summary: "the date a number of working days after another (bank holidays excluded)",
        usage: "working_days_after(date, days)", example: "working_days_after(2017-12-22, 20)") { args in
        let (v, r) = try args.value(0, "date")
        if case .missing = v { return .missing }
        guard case let .date(start) = v else { throw args.wrongKind(v, r, "a date (like 2017-06-30)") }
        let n = try args.number(1, "days")
        guard n == n.rounded(), n >= 0, n <= 10_000 else {
            throw Diagnostic("the number of working days must be a whole number from 0 to 10,000", at: try args.value(1, "days").range)
        }
        do throws(Diagnostic) {
            return .date(try args.workspace.bankHolidays.day(Int(n), workingDaysAfter: start))
        } catch {
            throw located(error, outside: [(start, r)], args)
        }
    }

    /// The two dates of a call, or nil when either is missing (a row with no end date has no count).
    private static func dates(_ args: CallArguments, _ a: String, _ b: String) throws
        -> ((day: Day, range: SourceRange), (day: Day, range: SourceRange))? {
        var found: [(day: Day, range: SourceRange)] = []
        for (i, label) in [a, b].enumerated() {
            let (v, r) = try args.value(i, label)
            if case .missing = v { return nil }
            guard case let .date(d) = v else { throw args.wrongKind(v, r, "a date (like 2017-06-30)") }
            found.append((d, r))
        }
        return (found[0], found[1])
    }

    /// A bank-holidays error placed on the argument whose date is outside the covered years.
    private static func located(_ error: Diagnostic, outside dates: [(day: Day, range: SourceRange)],
                                _ args: CallArguments) -> Diagnostic {
        var d = error
        let holidays = args.workspace.bankHolidays
        d.range = dates.first { !holidays.covered.contains($0.day) }?.range ?? args.range
        return d
    }
}

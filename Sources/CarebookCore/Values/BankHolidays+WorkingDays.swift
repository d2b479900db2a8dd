extension BankHolidays {
    /// The working days after `from` up to and including `to`: a referral on a Friday and an
    /// assessment on the next Monday is 1 working day; the same day is 0. Negative when `to` is
    /// before `from`. An error when either date is outside the years the holidays cover.
    ///
    /// This is the reading of "within N working days" in Working Together: day 1 is the first
    /// working day after the event.
    public func workingDays(from: Day, to: Day) throws(Diagnostic) -> Int {
        try checkCovered(from)
        try checkCovered(to)
        if to < from { return -(try workingDays(from: to, to: from)) }
        let after = from.adding(days: 1)
        return Self.weekdays(from: after, to: to) - weekdayHolidayCount(from: after, to: to)
    }

    /// The date `n` working days after `day` (n ≥ 0; the day itself when n is 0); an error when the
    /// count runs past the covered years.
    public func day(_ n: Int, workingDaysAfter day: Day) throws(Diagnostic) -> Day {
        try checkCovered(day)
        guard n >= 0 else { throw Diagnostic("a number of working days cannot be negative (\(n))") }
        var d = day, left = n
        while left > 0 {
            d = d.adding(days: 1)
            guard let working = isWorkingDay(d) else { try checkCovered(d); break }
            if working { left -= 1 }
        }
        return d
    }

    /// An error naming the covered years when `day` is outside them.
    public func checkCovered(_ day: Day) throws(Diagnostic) {
        guard !covered.contains(day) else { return }
        throw Diagnostic("working days cannot be counted on \(day.iso): the bank holidays in use cover "
                         + "\(covered.lowerBound.iso) to \(covered.upperBound.iso)",
                         hint: "load a bank holidays file (columns bank_holiday, name) covering the years you need")
    }

    /// Monday-to-Friday days from `from` to `to`, both included (0 when `to` is before `from`).
    static func weekdays(from: Day, to: Day) -> Int {
        guard from <= to else { return 0 }
        return weekdaysBefore(Int(to.number) + 1) - weekdaysBefore(Int(from.number))
    }

    /// Weekdays from the Monday 1970-01-05 (day number 4) up to but excluding day number `n`
    /// (negative before that Monday), so that differences count weekdays in a range.
    private static func weekdaysBefore(_ n: Int) -> Int {
        let k = n - 4
        let weeks = k >= 0 ? k / 7 : -((-k + 6) / 7)
        let rest = k - weeks * 7
        return weeks * 5 + min(rest, 5)
    }
}

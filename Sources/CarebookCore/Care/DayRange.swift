/// A span of days, both ends included: a month, a financial year, a reporting window.
public struct DayRange: Sendable, Hashable, CustomStringConvertible {
    public var from: Day
    public var to: Day

    public init(from: Day, to: Day) {
        self.from = from
        self.to = to
    }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }

    /// The calendar month containing `day`.
    public static func month(containing day: Day) -> DayRange {
        DayRange(from: day.startOfMonth, to: day.endOfMonth)
    }

    /// The financial year to date: 1 April of `day`'s financial year up to `day`.
    public static func yearToDate(_ day: Day) -> DayRange {
        DayRange(from: FinancialYear(day.financialYear).range.from, to: day)
    }

    /// The twelve months ending on `day` (31 Mar 2017 → 1 Apr 2016–31 Mar 2017).
    public static func rolling12Months(endingOn day: Day) -> DayRange {
        DayRange(from: day.adding(months: -12).adding(days: 1), to: day)
    }

    /// The month ends from the month of `from` to the month of `to`.
    public var monthEnds: [Day] {
        var out: [Day] = []
        var m = from.endOfMonth
        while m <= to.endOfMonth {
            out.append(m)
            m = m.adding(days: 1).endOfMonth
        }
        return out
    }

    public var description: String { "\(from.uk)–\(to.uk)" }
}

/// A financial year, 1 April to 31 March: `FinancialYear(2017)` is 2017/18.
public struct FinancialYear: Sendable, Hashable, CustomStringConvertible {
    /// The calendar year it starts in.
    public var startYear: Int

    public init(_ startYear: Int) { self.startYear = startYear }

    /// 1 April `startYear` to 31 March the year after.
    public var range: DayRange {
        DayRange(from: Day.civil(startYear, 4, 1), to: Day.civil(startYear + 1, 3, 31))
    }

    /// `2017/18`.
    public var description: String {
        let next = (startYear + 1) % 100
        return "\(startYear)/" + (next < 10 ? "0" : "") + String(next)
    }
}

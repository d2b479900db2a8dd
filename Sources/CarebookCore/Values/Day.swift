/// A calendar date (proleptic Gregorian), stored as days since 1970-01-01.
///
/// No time of day and no time zone: social care data is dated, not timed.
public struct Day: Sendable, Hashable, Comparable, Codable {
    /// Days since 1970-01-01 (negative before it).
    public var number: Int32

    public init(number: Int32) { self.number = number }

    /// The date for a year, month (1–12) and day (1–31); nil if no such date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), year >= 1, year <= 9999,
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.number = Int32(Day.daysFromCivil(year, month, day))
    }

    /// The date for a year, month and day known to be valid except perhaps for the year's range
    /// (the engine's own month starts and year ends); never traps, never fails.
    static func civil(_ year: Int, _ month: Int, _ day: Int) -> Day {
        Day(number: Int32(clamping: daysFromCivil(year, month, day)))
    }

    /// The first day of this date's month.
    public var startOfMonth: Day {
        let (y, m, _) = components
        return Day.civil(y, m, 1)
    }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }

    /// Year, month and day of the date.
    public var components: (year: Int, month: Int, day: Int) {
        Day.civilFromDays(Int(number))
    }

    public var year: Int { components.year }
    public var month: Int { components.month }

    /// The earliest date carebook handles, 0001-01-01.
    public static let earliest = Day(year: 1, month: 1, day: 1)!
    /// The latest date carebook handles, 9999-12-31.
    public static let latest = Day(year: 9999, month: 12, day: 31)!

    /// True for a date from 0001-01-01 to 9999-12-31, the range the language supports.
    public var isSupported: Bool { self >= Day.earliest && self <= Day.latest }

    /// The date `n` days later (earlier if negative); never traps (clamped to what a `Day` holds),
    /// for the engine's own offsets. The language uses `offset(by:)`, which reports leaving the range.
    public func adding(days n: Int) -> Day {
        let (sum, o) = Int(number).addingReportingOverflow(n)
        return Day(number: o ? (n < 0 ? .min : .max) : Int32(clamping: sum))
    }

    /// The date moved by a duration (months first, then days); nil outside 0001-01-01…9999-12-31.
    public func offset(by d: Duration) -> Day? {
        guard isSupported, Swift.abs(d.months) <= 120_000, Swift.abs(d.days) <= 4_000_000 else { return nil }
        let (y, m, day) = components
        let total = y * 12 + (m - 1) + d.months
        let ny = total / 12, nm = total % 12 + 1
        guard total >= 12, ny <= 9999 else { return nil }
        guard let moved = Day(year: ny, month: nm, day: min(day, Day.daysIn(month: nm, year: ny))) else { return nil }
        let result = moved.adding(days: d.days)
        return result.isSupported ? result : nil
    }

    /// The date `n` calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
    public func adding(months n: Int) -> Day {
        let (y, m, d) = components
        let total = y * 12 + (m - 1) + n
        let ny = total / 12, nm = total % 12 + 1
        guard total >= 0 else { return Day(number: .min) }
        let nd = min(d, Day.daysIn(month: nm, year: ny))
        // Outside 0001–9999 the date is still computed (year 0, year 10000), so a caller can see that it
        // left the supported range (`isSupported`) rather than getting back the date it started from.
        return Day(year: ny, month: nm, day: nd) ?? Day.civil(ny, nm, nd)
    }

    /// The last day of this date's month.
    public var endOfMonth: Day {
        let (y, m, _) = components
        return Day.civil(y, m, Day.daysIn(month: m, year: y))
    }

    /// Whole years of age on `date` for someone born on this date (birthdays count on the day; 29 Feb birthdays on 1 Mar in common years).
    public func age(on date: Day) -> Int {
        let b = components, d = date.components
        var years = d.year - b.year
        if (d.month, d.day) < (b.month, b.day) { years -= 1 }
        return years
    }

    /// The start year of the financial year (1 April – 31 March) containing the date.
    public var financialYear: Int {
        let (y, m, _) = components
        return m >= 4 ? y : y - 1
    }

    /// ISO text, `2017-06-30`.
    public var iso: String {
        let (y, m, d) = components
        return Day.pad(y, 4) + "-" + Day.pad(m, 2) + "-" + Day.pad(d, 2)
    }

    /// UK text, `30/06/2017`.
    public var uk: String {
        let (y, m, d) = components
        return Day.pad(d, 2) + "/" + Day.pad(m, 2) + "/" + Day.pad(y, 4)
    }

    /// Month and year, `Jun 2017`.
    public var monthYear: String {
        let (y, m, _) = components
        return Day.monthNames[m - 1] + " " + String(y)
    }

    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    // Howard Hinnant's days-from-civil algorithms.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}

extension Day {
    /// Parses `2017-06-30` or `30/06/2017` (also `2017/06/30`, one-digit day/month in UK form); nil if not a valid date.
    public static func parse<S: StringProtocol>(_ text: S) -> Day? {
        var utf8 = Array(text.utf8)
        while let last = utf8.last, last == 32 { utf8.removeLast() }
        while let first = utf8.first, first == 32 { utf8.removeFirst() }
        return parse(bytes: utf8[...])
    }

    /// Parses a date from raw bytes (used by the CSV reader without making strings).
    public static func parse(bytes: ArraySlice<UInt8>) -> Day? {
        var parts: [Int] = []
        var widths: [Int] = []
        var current = 0, width = 0
        var separator: UInt8 = 0
        for b in bytes {
            if b >= 48 && b <= 57 {
                current = current * 10 + Int(b - 48); width += 1
                if width > 4 { return nil }
            } else if b == 45 || b == 47 {
                if separator == 0 { separator = b } else if separator != b { return nil }
                guard width > 0 else { return nil }
                parts.append(current); widths.append(width)
                current = 0; width = 0
            } else {
                return nil
            }
        }
        guard width > 0 else { return nil }
        parts.append(current); widths.append(width)
        guard parts.count == 3 else { return nil }
        if widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2 {
            return Day(year: parts[0], month: parts[1], day: parts[2])
        }
        if separator == 47 && widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4 {
            return Day(year: parts[2], month: parts[1], day: parts[0])
        }
        return nil
    }
}

extension Day: CustomStringConvertible {
    public var description: String { iso }
}

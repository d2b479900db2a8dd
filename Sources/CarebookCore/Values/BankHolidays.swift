/// The bank holidays of a span of years, for counting working days.
///
/// Working days are Monday to Friday except bank holidays. The list knows which dates it covers:
/// a count that reaches outside them is an error, never a guess (a year with no holidays listed
/// would make every deadline look a day or two easier to meet).
public struct BankHolidays: Sendable {
    /// The first and last dates the list covers (whole years).
    public let covered: ClosedRange<Day>
    /// The bank holidays' day numbers, ascending.
    private let days: [Int32]
    /// The name of each holiday, by day number.
    public let names: [Day: String]

    public init(holidays: [Day: String], covering covered: ClosedRange<Day>) {
        self.covered = covered
        self.names = holidays.filter { covered.contains($0.key) }
        // A holiday on a weekend changes no count of working days (its substitute day is listed instead).
        self.days = self.names.keys.filter { !$0.isWeekend }.map(\.number).sorted()
    }

    /// Reads a table with a `bank_holiday` column (dates, or ISO text) and an optional `name` column.
    ///
    /// Every row must have a date inside `covering`.
    public init(table: Table, covering covered: ClosedRange<Day>) throws(Diagnostic) {
        guard let dateColumn = table.columnIndex(named: "bank_holiday") else {
            throw Diagnostic("a bank holidays table needs a `bank_holiday` column")
        }
        let nameColumn = table.columnIndex(named: "name")
        var holidays: [Day: String] = [:]
        for row in 0..<table.rowCount {
            let day: Day?
            switch table[row, dateColumn] {
            case let .date(d): day = d
            case let .text(s): day = Day.parse(s)
            default: day = nil
            }
            guard let day, covered.contains(day) else {
                throw Diagnostic("bank holidays row \(row + 1): `\(table[row, dateColumn].brief)` is not a date from "
                                 + "\(covered.lowerBound.iso) to \(covered.upperBound.iso)")
            }
            if case let .text(name)? = nameColumn.map({ table[row, $0] }) { holidays[day] = name } else { holidays[day] = "" }
        }
        self.init(holidays: holidays, covering: covered)
    }

    /// Reads a loaded bank holidays file, covering the whole years from its first date's to its last's.
    public init(loading table: Table) throws(Diagnostic) {
        let column = table.columnIndex(named: "bank_holiday")
        let days = (0..<table.rowCount).compactMap { row -> Day? in
            switch column.map({ table[row, $0] }) {
            case let .date(d)?: d
            case let .text(s)?: Day.parse(s)
            default: nil
            }
        }
        guard let first = days.min(), let last = days.max() else {
            throw Diagnostic("a bank holidays file needs at least one date in its `bank_holiday` column")
        }
        try self.init(table: table, covering: Day.civil(first.year, 1, 1)...Day.civil(last.year, 12, 31))
    }

    /// True for a bank holiday (one falling on a weekend counts only as a weekend day).
    public func isHoliday(_ day: Day) -> Bool { names[day] != nil }

    /// True for a Monday to Friday that is not a bank holiday; nil outside the covered dates.
    public func isWorkingDay(_ day: Day) -> Bool? {
        guard covered.contains(day) else { return nil }
        return !day.isWeekend && !binarySearch(day.number).found
    }

    /// Where `number` is in `days`, or where it would go.
    private func binarySearch(_ number: Int32) -> (index: Int, found: Bool) {
        var lo = 0, hi = days.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if days[mid] < number { lo = mid + 1 } else { hi = mid }
        }
        return (lo, lo < days.count && days[lo] == number)
    }

    /// The bank holidays falling Monday to Friday from `from` to `to`, both included.
    func weekdayHolidayCount(from: Day, to: Day) -> Int {
        guard from <= to else { return 0 }
        return binarySearch(to.number + 1).index - binarySearch(from.number).index
    }
}

extension Day {
    /// Monday 0 … Sunday 6 (1970-01-01 was a Thursday).
    public var weekdayIndex: Int {
        let r = (Int(number) + 3) % 7
        return r < 0 ? r + 7 : r
    }

    /// Saturday or Sunday.
    public var isWeekend: Bool { weekdayIndex >= 5 }
}

/// One collection year of the SSDA903 return: 1 April to 31 March, named like `2016-17`.
public struct ReturnYear: Sendable, Equatable {
    public let start: Day
    public let end: Day

    /// The year ending on 31 March of `endYear`.
    public init(endingIn endYear: Int) {
        start = Day(year: endYear - 1, month: 4, day: 1)!
        end = Day(year: endYear, month: 3, day: 31)!
    }

    /// The year's name as files carry it: `2016-17`.
    public var label: String {
        let y = start.year, next = (y + 1) % 100
        return "\(y)-" + (next < 10 ? "0" : "") + String(next)
    }

    /// True when `day` falls in the year.
    public func contains(_ day: Day) -> Bool { day >= start && day <= end }

    /// The return years from the one holding `from` to the one holding `to`.
    public static func covering(from: Day, to: Day) -> [ReturnYear] {
        let first = from.month >= 4 ? from.year + 1 : from.year
        let last = to.month >= 4 ? to.year + 1 : to.year
        return (first...max(first, last)).map(ReturnYear.init(endingIn:))
    }
}

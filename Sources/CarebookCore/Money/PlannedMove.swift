/// One child's planned move: from a placement at one weekly cost to another, on a date, with a chance of success.
public struct PlannedMove: Sendable, Equatable {
    public var child: String
    public var fromGroup: String
    /// The new setting ("In-house fostering", "SGO", "Home").
    public var toGroup: String
    /// The first day at the new cost.
    public var date: Day
    public var oldWeekly: Money
    public var newWeekly: Money
    /// The chance the move happens, 0…1.
    public var success: Double

    public init(child: String, fromGroup: String, toGroup: String, date: Day,
                oldWeekly: Money, newWeekly: Money, success: Double) {
        self.child = child
        self.fromGroup = fromGroup
        self.toGroup = toGroup
        self.date = date
        self.oldWeekly = oldWeekly
        self.newWeekly = newWeekly
        self.success = success
    }

    /// Old weekly cost minus new, if the move happens.
    public var weeklySaving: Money { Money(pence: oldWeekly.pence - newWeekly.pence) }

    /// Days at the new cost from the move date (counted) to `to` (counted), and not before `from`.
    public func daysMoved(from: Day, to: Day) -> Int64 {
        let start = max(date, from)
        return start > to ? 0 : Int64(to.number) - Int64(start.number) + 1
    }
}

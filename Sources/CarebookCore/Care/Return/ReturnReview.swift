/// A review of a looked-after child (the 903 reviews table: CHILD, REVIEW, REVIEW_CODE), with its place in the statutory schedule.
public struct ReturnReview: Sendable {
    public var child: String
    /// REVIEW, the date the review was held.
    public var date: Day
    /// REVIEW_CODE, the child's participation (PN0–PN7); nil when blank or not a valid code.
    public var code: String?
    public var source: RowSource
    /// The period of care holding the review (index into `CareDataSet.periods`); nil when the child was not looked after that day.
    public var period: Int32?
    /// 1 for the first review of the period of care, 2 for the second, and so on (0 outside a period).
    public var number = 0
    /// The last day the review was due on: 20 working days after the period started, 3 months after the
    /// first review, 6 months after each later one. Nil outside a period, or when the working days cannot be counted.
    public var due: Day?
    /// Working days from the period's start (first review) or the previous review to this one.
    public var workingDays: Int?

    /// True when held on or before its due date; nil when it cannot be told.
    public var onTime: Bool? { due.map { date <= $0 } }
}

/// A child's UASC record: DUC, the date the child turns 18 as assessed (unaccompanied asylum-seeking children).
public struct ReturnUASC: Sendable {
    public var child: String
    public var dob: Day?
    public var duc: Day?
    public var source: RowSource
}

/// A child's social worker for a time (the social-worker episodes table: SW_ID, SW_DECOM, SW_DEC, SW_REASON).
public struct ReturnSocialWorker: Sendable {
    public var child: String
    public var dob: Day?
    public var worker: String?
    public var start: Day
    public var end: Day?
    public var reason: String?
    public var source: RowSource
}

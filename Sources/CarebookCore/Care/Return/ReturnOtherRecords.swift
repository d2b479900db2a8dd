/// A child's UASC record: DUC, the date the child turns 18 as assessed (unaccompanied asylum-seeking children).
public struct ReturnUASC: Sendable {
    public var child: String
    public var dob: Day?
    public var duc: Day?
    public var source: RowSource
}

/// A child's previous permanence record (PREV_PERM, LA_PERM, DATE_PERM), kept as written.
public struct ReturnPreviousPermanence: Sendable {
    public var child: String
    public var dob: Day?
    public var order: String?
    public var authority: String?
    /// DATE_PERM as written: the DfE allows a partial date (zz/MM/YYYY).
    public var date: String?
    public var source: RowSource
}

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

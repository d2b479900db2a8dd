/// A time a looked-after child was missing (M) or away from placement without authorisation (A).
public struct ReturnMissing: Sendable {
    public var child: String
    public var dob: Day?
    /// MISSING: M or A; nil when blank or neither (rule 565).
    public var kind: String?
    /// MIS_START.
    public var start: Day
    /// MIS_END; nil while ongoing, or when not a date (rule 1005).
    public var end: Day?
    public var source: RowSource
}

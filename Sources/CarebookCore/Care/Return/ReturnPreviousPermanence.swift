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

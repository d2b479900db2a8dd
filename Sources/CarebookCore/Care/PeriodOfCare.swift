/// A period of care: from an admission to the episode that ends with a REC other than X1.
public struct PeriodOfCare: Sendable {
    public var child: Int32
    public var start: Day
    /// Nil while the child is still looked after.
    public var end: Day?
    /// The episodes of the period (indices into `CareDataSet.episodes`).
    public var episodes: Range<Int>
    /// The REC of the last episode; `CodeList.none` while open.
    public var reasonCeased: UInt8

    /// The leaving-reason group; nil while open.
    public var reasonGroup: LeavingReasonGroup? {
        reasonCeased == CodeList.none ? nil : LeavingReasonGroup.byIndex[Int(reasonCeased)]
    }
}

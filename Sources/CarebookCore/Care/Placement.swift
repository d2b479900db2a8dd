/// A placement: a stay with one carer, started by the period's first episode or an RNE of P or B.
///
/// Legal-status changes (L), same-carer changes (T, U) and temporary moves (T0–T4),
/// including the return to the same placement after one, continue the placement.
public struct Placement: Sendable {
    public var child: Int32
    /// The period of care it belongs to (index into `CareDataSet.periods`).
    public var period: Int32
    public var start: Day
    /// Nil while open; otherwise the day the next placement started or the period ended.
    public var end: Day?
    /// Its episodes, including temporary moves within it.
    public var episodes: Range<Int>

    /// True when the placement overlaps `from...to`: held on `from` or started in the window.
    func touches(from: Day, to: Day) -> Bool {
        start <= to && (start >= from || (end.map { $0 > from } ?? true))
    }
}

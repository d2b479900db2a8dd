/// One period of care of a written child as the other return tables see it: dates, how it ended, and the adoption milestones.
///
/// Built from the generated episodes (a period runs on while an episode ends X1 on the
/// day the next starts). Periods made only of short breaks (V3/V4) are not looked after
/// and are left out, as the indicators leave them out.
struct ReturnPeriod: Sendable {
    /// The child's position in the written files (`SYN0000001` is 0).
    var child: Int32
    var start: Day
    /// The last day (DEC); nil while open at the end of the data.
    var end: Day?
    /// The REC that ended it; `CodeList.none` while open.
    var reason: UInt8
    /// The start of the first episode under a placement order (E1) or freeing order (D1).
    var placementOrder: Day?
    /// The start of the first episode placed for adoption (A3–A6), and its PLACE.
    var adoptivePlacement: Day?
    var adoptivePlace: UInt8 = CodeList.none

    /// True when the period ended in adoption (E11, E12).
    var adopted: Bool { reason == ReturnPeriod.e11 || reason == ReturnPeriod.e12 }

    /// True when the child is looked after on `day`: from the start up to the day before DEC, as carebook counts (`looked_after(on:)`).
    func holds(_ day: Day) -> Bool { start <= day && (end.map { day < $0 } ?? true) }

    /// The days of the period from `a` to `b` (both included), 0 when they do not meet.
    func daysWithin(_ a: Day, _ b: Day) -> Int {
        let s = max(start, a), e = min(end ?? b, b)
        return e < s ? 0 : Int(e.number - s.number) + 1
    }

    static let e11 = SSDA903Codes.reasonCeased.index(of: "E11")!
    static let e12 = SSDA903Codes.reasonCeased.index(of: "E12")!
    static let orders = SSDA903Codes.legalStatus.indices(["E1", "D1"])

    /// Every written child's periods in id order, each child's in date order, with the range of each child's.
    static func build(_ writer: EpisodeWriter) -> (periods: [ReturnPeriod], byChild: [Range<Int>]) {
        var periods: [ReturnPeriod] = []
        var byChild = Array(repeating: 0..<0, count: writer.childCount)
        var open: ReturnPeriod?
        var shortOnly = true, lastChild: Int32 = -1, lastEnd = Day(number: 0), lastReason = CodeList.none
        func finish() {
            if let p = open, !shortOnly { periods.append(p) }
            open = nil
        }
        for index in writer.orderedEpisodes() {
            let e = writer.result.episodes[Int(index)]
            let k = writer.idOf[Int(e.child)]
            if k != lastChild {
                finish()
                if lastChild >= 0 { byChild[Int(lastChild)] = byChild[Int(lastChild)].lowerBound..<periods.count }
                byChild[Int(k)] = periods.count..<periods.count
            }
            let continues = open != nil && k == lastChild && lastReason == SSDA903Codes.continuation && lastEnd == e.start
            if !continues {
                finish()
                open = ReturnPeriod(child: k, start: e.start, end: nil, reason: CodeList.none)
                shortOnly = true
            }
            if !SSDA903Codes.shortBreaks.contains(e.legalStatus) { shortOnly = false }
            if open!.placementOrder == nil && orders.contains(e.legalStatus) { open!.placementOrder = e.start }
            if open!.adoptivePlacement == nil && SSDA903Codes.adoptionPlaces.contains(e.place) {
                open!.adoptivePlacement = e.start
                open!.adoptivePlace = e.place
            }
            open!.end = e.isOpen ? nil : e.end
            open!.reason = e.isOpen ? CodeList.none : e.reasonCeased
            lastChild = k; lastEnd = e.end; lastReason = e.isOpen ? CodeList.none : e.reasonCeased
        }
        finish()
        if lastChild >= 0 { byChild[Int(lastChild)] = byChild[Int(lastChild)].lowerBound..<periods.count }
        return (periods, byChild)
    }
}

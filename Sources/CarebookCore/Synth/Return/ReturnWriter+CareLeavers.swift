/// One care leaver's OC3 record in a return year.
struct PlannedLeaver: Sendable {
    var child: Int32
    /// Age at the birthday in the year (17–21).
    var age: Int
    var inTouch: String
}

extension ReturnWriter {
    static let suitableAccommodation = ["B1", "C1", "D1", "E1", "K1", "T1", "U1", "Z1"]
    /// By age: 17 (never with former foster carers, Z1: staying put starts at 18, rule 3001), 18, and 19–21.
    static let suitableWeights: [[Double]] = [[20, 8, 30, 20, 7, 0, 15, 0], [15, 5, 20, 15, 5, 0, 15, 25], [15, 2, 15, 10, 5, 5, 40, 8]]
    static let unsuitableAccommodation = ["D2", "S2", "U2", "V2", "W2", "X2"]
    static let unsuitableWeights: [Double] = [10, 15, 10, 15, 20, 30]
    static let eetActivities = ["F1", "P1", "F2", "P2", "F4", "P4"]
    static let eetWeights: [[Double]] = [[2, 1, 45, 8, 30, 14], [15, 3, 20, 5, 40, 17]]
    static let neetActivities = ["G4", "G5", "G6"]
    static let neetWeights: [Double] = [25, 60, 15]

    /// True when a written child is a care leaver on `birthday`: looked after at least 13 weeks
    /// since the 14th birthday, on some day at or after 16, and not looked after on that birthday;
    /// not one whose care was taken over by another authority (E3, rule 1011) or who died in care (E2).
    func isCareLeaver(_ k: Int32, on birthday: Day) -> Bool {
        let born = dob(k), fourteen = born.adding(months: 168), sixteen = born.adding(months: 192)
        let mine = periods[byChild[Int(k)]]
        if let last = mine.last(where: { $0.start < birthday }), ReturnWriter.notLeaving.contains(last.reason) { return false }
        let days = mine.reduce(0) { $0 + $1.daysWithin(fourteen, birthday.adding(days: -1)) }
        let afterSixteen = mine.contains { $0.daysWithin(sixteen, birthday.adding(days: -1)) > 0 }
        return days >= 91 && afterSixteen && !mine.contains { $0.holds(birthday) }
    }

    /// The care leavers of a return year: those whose 19th, 20th or 21st birthday falls in it,
    /// and from the 2016-17 return (when the DfE added them) their 17th and 18th; not a child
    /// back in care and in the year's OC2 cohort (rule 187).
    func leavers(year y: Int) -> [PlannedLeaver] {
        let year = years[y]
        // (Counting a period ending on 31 March as still open then, as the DfE's validator does.)
        let inOC2 = Set(periods.filter { $0.start <= year.start && ($0.end.map { $0 >= year.end } ?? true) }.map(\.child))
        let ages = year.end.year >= 2017 ? 17...21 : 19...21
        var out: [PlannedLeaver] = []
        for k in 0..<Int32(byChild.count) where !byChild[Int(k)].isEmpty {
            let born = dob(k)
            for age in ages {
                let birthday = born.adding(months: 12 * age)
                guard year.contains(birthday), !inOC2.contains(k), isCareLeaver(k, on: birthday) else { continue }
                var r = rng(.oc3, k, UInt64(age))
                let last = periods[byChild[Int(k)].upperBound - 1]
                let wentHome = ReturnWriter.homeReasons.contains(last.reason)
                let status: String
                if r.chance(0.002) { status = "DIED" }
                else if age <= 18 && wentHome && r.chance(0.5) { status = "RHOM" }
                else if r.chance(settings.inTouch) { status = "YES" }
                else { status = r.chance(0.6) ? "NO" : "REFU" }
                out.append(PlannedLeaver(child: k, age: age, inTouch: status))
            }
        }
        return out
    }

    static let homeReasons = SSDA903Codes.reasonCeased.indices(["E4A", "E4B", "E13"])
    static let notLeaving = SSDA903Codes.reasonCeased.indices(["E2", "E3"])

    /// The OC3 file of a return year: CHILD, DOB, IN_TOUCH, ACTIV, ACCOM.
    ///
    /// Of the young people aged 19–21 the authority is in touch with, exactly the year's shares
    /// (of all 19–21s not died or returned home) are in suitable accommodation and in education,
    /// employment or training; 17- and 18-year-olds draw at the same rates. A young person not
    /// in touch, died or returned home has ACTIV and ACCOM `0` (DfE rule 344).
    func oc3File(year y: Int) -> [UInt8] {
        let rows = leavers(year: y)
        let older = rows.indices.filter { rows[$0].age >= 19 && rows[$0].inTouch != "DIED" && rows[$0].inTouch != "RHOM" }
        let reachable = older.filter { rows[$0].inTouch == "YES" }
        func pick(_ share: Double, _ purpose: UInt64) -> Set<Int> {
            let want = Int((share * Double(older.count)).rounded())
            let draws = reachable.map { i -> Double in var r = rng(.oc3, rows[i].child, purpose); return r.unit() }
            let chosen = ReturnWriter.choose(want, of: Array(repeating: 1, count: reachable.count), draws: draws)
            return Set(reachable.indices.filter { chosen[$0] }.map { reachable[$0] })
        }
        let suitable = pick(settings.suitable[y], UInt64(y) << 8 | 0x51), eet = pick(settings.eet[y], UInt64(y) << 8 | 0xE7)
        var out = Array("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n".utf8)
        for (i, row) in rows.enumerated() {
            appendChild(row.child, &out)
            out.append(contentsOf: row.inTouch.utf8)
            out.append(ReturnWriter.comma)
            if row.inTouch == "YES" {
                appendActivityAndAccommodation(row, eet: eet.contains(i), suitable: suitable.contains(i), year: y, &out)
            } else {
                out.append(contentsOf: "0,0".utf8)
            }
            out.append(ReturnWriter.newline)
        }
        return out
    }

    /// ACTIV and ACCOM of a young person in touch: 19–21s as chosen for the year, 17s and 18s drawn at the year's rates.
    func appendActivityAndAccommodation(_ row: PlannedLeaver, eet: Bool, suitable: Bool, year y: Int, _ out: inout [UInt8]) {
        var r = rng(.oc3, row.child, UInt64(row.age) << 8 | 0x0C)
        let band = row.age >= 19 ? 2 : row.age == 18 ? 1 : 0
        let isEET = row.age >= 19 ? eet : r.chance(settings.eet[y])
        let isSuitable = row.age >= 19 ? suitable : r.chance(settings.suitable[y])
        out.append(contentsOf: (isEET ? ReturnWriter.eetActivities[r.pick(ReturnWriter.eetWeights[min(band, 1)])]
                                      : ReturnWriter.neetActivities[r.pick(ReturnWriter.neetWeights)]).utf8)
        out.append(ReturnWriter.comma)
        out.append(contentsOf: (isSuitable ? ReturnWriter.suitableAccommodation[r.pick(ReturnWriter.suitableWeights[band])]
                                           : ReturnWriter.unsuitableAccommodation[r.pick(ReturnWriter.unsuitableWeights)]).utf8)
    }
}

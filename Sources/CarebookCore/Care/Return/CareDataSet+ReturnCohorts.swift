/// How long one adoption took: the dates behind A1, A2 and "within 12 months of SHOBPA".
struct AdoptionTiming {
    var period: Int
    var child: Int
    /// The period of care's start (entering care) and end (the adoption: REC E11 or E12).
    var entered: Day
    var adopted: Day
    /// The decision that the child should be placed for adoption (DATE_PLACED, else AD1's DATE_INT).
    var shobpa: Day?
    /// The start of the placement with the adoptive family (the same-carer stay holding the first A3–A6 episode).
    var placed: Day?
    /// Court authority to place: the first episode with LS E1 (placement order) or D1 (freeing order).
    var authority: Day?
    /// AD1 DATE_MATCH.
    var match: Day?
    var byFosterCarers: Bool?

    /// Adopted within 12 months of the SHOBPA decision (false when there is none).
    var withinTwelveMonths: Bool { shobpa.map { adopted <= $0.adding(months: 12) } ?? false }
    /// A1: days from entering care to moving in with the adoptive family.
    var a1Days: Int? { placed.map { Int($0.number) - Int(entered.number) } }
    /// A2: days from court authority to the match; a match before the authority counts 0.
    var a2Days: Int? {
        guard let authority, let match else { return nil }
        return max(0, Int(match.number) - Int(authority.number))
    }
}

extension CareDataSet {
    /// The 31 March ending the latest collection year on or before `day` (31 March of the same year from then on).
    static func yearEnd(onOrBefore day: Day) -> Day {
        let sameYear = Day.civil(day.year, 3, 31)
        return day >= sameYear ? sameYear : Day.civil(day.year - 1, 3, 31)
    }

    /// The OC2 cohort at `yearEnd`: children looked after that day whose period of care started on or
    /// before the 1 April a year earlier (looked after continuously for 12 months), short breaks left out.
    func continuouslyLookedAfter(at yearEnd: Day) -> [LookedAfterEntry] {
        let since = yearEnd.adding(months: -12).adding(days: 1)
        return lookedAfterEntries(on: yearEnd).filter { periods[$0.period].start <= since }
    }

    /// The index of each child's latest record (the last one: records are merged in load order).
    static func latestIndex<R>(_ records: [R], _ child: (R) -> String) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, r) in records.enumerated() { out[child(r)] = i }
        return out
    }

    /// The care leavers of indicators 7.3 and 7.4 at `yearEnd`: OC3 records of young people aged 19, 20 or
    /// 21 that day, not recorded as died or returned home (RHOM). Indices into `returnTables.careLeavers`.
    func careLeaverCohort(at yearEnd: Day) -> [Int] {
        let lookup = childLookup()
        return returnTables.careLeavers.indices.filter { i in
            let r = returnTables.careLeavers[i]
            guard !r.outOfScope, let age = dob(of: r.child, lookup: lookup, fallback: r.dob)?.age(on: yearEnd) else { return false }
            return (19...21).contains(age)
        }
    }

    /// The adoptions (periods of care ended by REC E11 or E12) in the window, with their timings.
    func adoptionTimings(_ window: DayRange) -> [AdoptionTiming] {
        let ad1 = Self.latestIndex(returnTables.adoptions) { $0.child }
        var decisions: [String: [Day]] = [:]
        for p in returnTables.placedForAdoption { if let d = p.decision { decisions[p.child, default: []].append(d) } }
        return leavingPeriods(window).compactMap { p -> AdoptionTiming? in
            let period = periods[p]
            guard period.reasonGroup == .adoption, let end = period.end else { return nil }
            let child = Int(period.child), id = children[child].id
            let record = ad1[id].map { returnTables.adoptions[$0] }
            var t = AdoptionTiming(period: p, child: child, entered: period.start, adopted: end)
            t.shobpa = decisions[id]?.filter { $0 <= end }.max() ?? record?.decision
            t.match = record?.match
            t.byFosterCarers = record?.byFosterCarers
            let eps = period.episodes
            if let first = eps.first(where: { SSDA903Codes.adoptionPlaces.contains(episodes[$0].place) }) {
                let holding = childPlacements[child].first { placements[$0].episodes.contains(first) }
                t.placed = holding.map { placements[$0].start } ?? episodes[first].start
            }
            t.authority = eps.first { SSDA903Codes.placementOrders.contains(episodes[$0].legalStatus) }.map { episodes[$0].start }
            return t
        }
    }

    /// The reviews held in the window (indices into `returnTables.reviews`).
    func reviewIndices(_ window: DayRange) -> [Int] {
        returnTables.reviews.indices.filter { window.contains(returnTables.reviews[$0].date) }
    }

    /// The missing (M) episodes starting in the window (indices into `returnTables.missing`).
    func missingIndices(_ window: DayRange) -> [Int] {
        returnTables.missing.indices.filter { returnTables.missing[$0].kind == "M" && window.contains(returnTables.missing[$0].start) }
    }
}

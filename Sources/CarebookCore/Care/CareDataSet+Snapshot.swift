/// A child looked after on a date, with the episode, period and placement that hold them.
struct LookedAfterEntry {
    var child: Int
    var episode: Int
    var period: Int
    /// -1 when the child is in a temporary move before any placement.
    var placement: Int
}

extension CareDataSet {
    /// The children looked after on `day`: an episode open that day (DECOM ≤ day < DEC), excluding short breaks (V3/V4).
    func lookedAfterEntries(on day: Day) -> [LookedAfterEntry] {
        var out: [LookedAfterEntry] = []
        for child in childEpisodes.indices {
            let range = childEpisodes[child]
            guard let first = range.first, episodes[first].start <= day else { continue }
            var k = range.upperBound - 1
            while k > first && episodes[k].start > day { k -= 1 }
            let e = episodes[k]
            guard e.isOpen(on: day), !e.isShortBreak else { continue }
            out.append(LookedAfterEntry(child: child, episode: k, period: Int(episodePeriod[k]),
                                        placement: Int(episodePlacement[k])))
        }
        return out
    }

    /// The number of placements a child had in the twelve months up to `day`:
    /// the one held at the window's start plus each new one started in it (temporary moves excluded).
    public func placementCount(child: Int, twelveMonthsTo day: Day) -> Int {
        let window = DayRange.rolling12Months(endingOn: day)
        return placements[childPlacements[child]].reduce(0) { $0 + ($1.touches(from: window.from, to: window.to) ? 1 : 0) }
    }

    /// The children looked after on `day`, one row each (see DESIGN §4 and DOMAIN §4).
    ///
    /// Columns: child, sex, age, age_band, legal_status, place, provider, placement_group,
    /// commissioned, family_based, out_of_area, date_entered_care, weeks_in_care,
    /// placement_start, weeks_in_placement, placements_last_12_months.
    public func lookedAfter(on day: Day) -> Table {
        let entries = lookedAfterEntries(on: day)
        var t = TableColumns()
        let kids = entries.map { children[$0.child] }
        let eps = entries.map { episodes[$0.episode] }
        let groups = eps.map(group(of:))
        let ages = kids.map { $0.dob.age(on: day) }
        t.text("child", kids.map(\.id))
        t.text("sex", kids.map(\.sex.code))
        t.numbers("age", ages.map(Double.init))
        t.text("age_band", ages.map { AgeBand(age: $0).label }, levels: AgeBand.labels)
        t.text("legal_status", eps.map(\.legalStatusCode))
        t.text("place", eps.map(\.placeCode))
        t.text("provider", eps.map(\.providerCode))
        t.text("placement_group", groups.map(\.name))
        t.bools("commissioned", groups.map(\.commissioned))
        t.bools("family_based", groups.map(\.familyBased))
        t.bools("out_of_area", eps.map(\.outOfArea))
        let entered = entries.map { periods[$0.period].start }
        t.dates("date_entered_care", entered)
        t.numbers("weeks_in_care", entered.map { Double($0.weeks(to: day)) })
        let placed = entries.map { placementStart($0, on: day) }
        t.dates("placement_start", placed)
        t.numbers("weeks_in_placement", placed.map { $0.map { Double($0.weeks(to: day)) } })
        t.numbers("placements_last_12_months", entries.map { Double(placementCount(child: $0.child, twelveMonthsTo: day)) })
        return t.table(rows: entries.count, origin: "looked after on \(day.uk)")
    }

    private func placementStart(_ entry: LookedAfterEntry, on day: Day) -> Day? {
        guard entry.placement >= 0 else { return nil }
        let start = placements[entry.placement].start
        return start <= day ? start : nil
    }
}

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
        let shortBreaks = ShortBreakCodes()
        for child in childEpisodes.indices {
            let range = childEpisodes[child]
            guard let first = range.first, episodes[first].start <= day else { continue }
            var k = range.upperBound - 1
            while k > first && episodes[k].start > day { k -= 1 }
            let e = episodes[k]
            guard e.isOpen(on: day), !shortBreaks.contains(e) else { continue }
            out.append(LookedAfterEntry(child: child, episode: k, period: Int(episodePeriod[k]),
                                        placement: Int(episodePlacement[k])))
        }
        return out
    }

    /// Calls `body` with the index of each day and each child looked after on it, as
    /// `lookedAfterEntries(on:)` would list them, reading each child's episodes once for all the days.
    ///
    /// `days` must be in ascending order; entries come child by child, not day by day.
    func forEachLookedAfter(on days: [Day], _ body: (Int, LookedAfterEntry) -> Void) {
        guard let firstDay = days.first, let last = days.last else { return }
        let shortBreaks = ShortBreakCodes()
        for child in childEpisodes.indices {
            let range = childEpisodes[child]
            guard let first = range.first, episodes[first].start <= last else { continue }
            // Ended before the first day: the last episode is the one held on every day, and it is closed.
            let final = episodes[range.upperBound - 1]
            if final.start <= firstDay, let end = final.end, end <= firstDay { continue }
            var k = first
            for (i, day) in days.enumerated() where episodes[first].start <= day {
                while k + 1 < range.upperBound && episodes[k + 1].start <= day { k += 1 }
                let e = episodes[k]
                guard e.isOpen(on: day), !shortBreaks.contains(e) else { continue }
                body(i, LookedAfterEntry(child: child, episode: k, period: Int(episodePeriod[k]),
                                         placement: Int(episodePlacement[k])))
            }
        }
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
        let n = entries.count
        var t = TableColumns()
        let eps = entries.map { episodes[$0.episode] }
        let ages = entries.map { children[$0.child].age(on: day) }
        // CHILD ids are unique (a repeat in a later header replaces the child), so labels never collide.
        t.codedText(CohortView.Field.child.column, rows: n, keyCount: children.count,
                    distinct: true, key: { entries[$0].child }, label: { children[$0].id })
        t.markLastAsIdentifier()
        t.codedText("sex", rows: n, keyCount: 3, key: { Int(children[entries[$0].child].sex.rawValue) },
                    label: { Sex(rawValue: UInt8($0))!.code })
        t.numbers("age", ages.map { $0.map(Double.init) })
        t.ageBands(CohortView.Field.ageBand.column, ages)
        t.codes("legal_status", eps.map(\.legalStatus), SSDA903Codes.legalStatus)
        t.codes("place", eps.map(\.place), SSDA903Codes.place)
        t.codes(CohortView.Field.provider.column, eps.map(\.provider), SSDA903Codes.provider)
        groupColumns(&t, eps.map(\.group))
        t.bools("out_of_area", eps.map(\.outOfArea))
        let entered = entries.map { periods[$0.period].start }
        t.dates("date_entered_care", entered)
        t.numbers("weeks_in_care", entered.map { Double($0.weeks(to: day)) })
        let placed = entries.map { placementStart($0, on: day) }
        t.dates("placement_start", placed)
        t.numbers("weeks_in_placement", placed.map { $0.map { Double($0.weeks(to: day)) } })
        t.numbers("placements_last_12_months", entries.map { Double(placementCount(child: $0.child, twelveMonthsTo: day)) })
        return t.table(rows: n, origin: "looked after on \(day.uk)")
    }

    /// The placement_group, commissioned and family_based columns from each row's group index.
    private func groupColumns(_ t: inout TableColumns, _ groupIndices: [UInt8]) {
        let groups = mapping.groups
        t.codedText(CohortView.Field.placementGroup.column, rows: groupIndices.count, keyCount: 256, key: { Int(groupIndices[$0]) },
                    label: { groups[$0].name })
        t.bools("commissioned", groupIndices.map { groups[Int($0)].commissioned })
        t.bools("family_based", groupIndices.map { groups[Int($0)].familyBased })
    }

    private func placementStart(_ entry: LookedAfterEntry, on day: Day) -> Day? {
        guard entry.placement >= 0 else { return nil }
        let start = placements[entry.placement].start
        return start <= day ? start : nil
    }
}

extension CareDataSet {
    /// Periods of care starting in the window (admissions), excluding short-break periods (V3/V4 at the start).
    func admissionPeriods(_ window: DayRange) -> [Int] {
        let shortBreaks = ShortBreakCodes()
        return periods.indices.filter { p in
            window.contains(periods[p].start) && !shortBreaks.contains(episodes[periods[p].episodes.lowerBound])
        }
    }

    /// Periods of care ending in the window (leavers), excluding short-break periods (V3/V4 at the end).
    ///
    /// A period ending X1 with no episode following (rule 388) is not a leaver: X1 says the child
    /// stayed in care, so no leaver ever has reason X1 (the DfE counts ceased episodes with REC ≠ X1).
    func leavingPeriods(_ window: DayRange) -> [Int] {
        let shortBreaks = ShortBreakCodes()
        return periods.indices.filter { p in
            guard let end = periods[p].end, periods[p].reasonCeased != SSDA903Codes.continuation else { return false }
            return window.contains(end) && !shortBreaks.contains(episodes[periods[p].episodes.upperBound - 1])
        }
    }

    /// Placements started in the window that are not a period's first (placement moves), outside short breaks.
    func movePlacements(_ window: DayRange) -> [Int] {
        let shortBreaks = ShortBreakCodes()
        return placements.indices.filter { p in
            let pl = placements[p]
            guard window.contains(pl.start), p > 0, placements[p - 1].period == pl.period else { return false }
            return !shortBreaks.contains(episodes[pl.episodes.lowerBound])
        }
    }

    /// Children who started to be looked after from `from` to `to` (inclusive), one row per admission.
    ///
    /// Columns: child, date, sex, age, age_band, legal_status, category_of_need, place, placement_group.
    public func admissions(from: Day, to: Day) -> Table {
        let ps = admissionPeriods(DayRange(from: from, to: to))
        let firsts = ps.map { episodes[periods[$0].episodes.lowerBound] }
        var t = eventColumns(children: ps.map { Int(periods[$0].child) }, dates: ps.map { periods[$0].start })
        t.codes("legal_status", firsts.map(\.legalStatus), SSDA903Codes.legalStatus)
        t.codes("category_of_need", firsts.map(\.categoryOfNeed), SSDA903Codes.categoryOfNeed)
        t.codes("place", firsts.map(\.place), SSDA903Codes.place)
        groupNames(CohortView.Field.placementGroup.column, &t, firsts)
        return t.table(rows: ps.count, origin: "admissions \(from.uk)–\(to.uk)")
    }

    /// Children who ceased to be looked after from `from` to `to`, one row per period of care ended.
    ///
    /// Columns: child, date, sex, age, age_band, reason (REC), reason_group, legal_status, place,
    /// placement_group, date_entered_care, weeks_in_care.
    public func leavers(from: Day, to: Day) -> Table {
        let ps = leavingPeriods(DayRange(from: from, to: to))
        let lasts = ps.map { episodes[periods[$0].episodes.upperBound - 1] }
        var t = eventColumns(children: ps.map { Int(periods[$0].child) }, dates: ps.map { periods[$0].end! })
        t.codes("reason", lasts.map(\.reasonCeased), SSDA903Codes.reasonCeased)
        t.text("reason_group", ps.map { periods[$0].reasonGroup?.rawValue }, levels: LeavingReasonGroup.allCases.map(\.rawValue))
        t.codes("legal_status", lasts.map(\.legalStatus), SSDA903Codes.legalStatus)
        t.codes("place", lasts.map(\.place), SSDA903Codes.place)
        groupNames(CohortView.Field.placementGroup.column, &t, lasts)
        t.dates("date_entered_care", ps.map { periods[$0].start })
        t.numbers("weeks_in_care", ps.map { Double(periods[$0].start.weeks(to: periods[$0].end!)) })
        return t.table(rows: ps.count, origin: "leavers \(from.uk)–\(to.uk)")
    }

    /// Placement moves from `from` to `to`: each new placement (RNE P or B) after the first in a period of care.
    ///
    /// Columns: child, date, sex, age, age_band, from_place, to_place, from_group, to_group,
    /// reason_change (REASON_PLACE_CHANGE), legal_status.
    public func moves(from: Day, to: Day) -> Table {
        let ps = movePlacements(DayRange(from: from, to: to))
        let new = ps.map { episodes[placements[$0].episodes.lowerBound] }
        let old = ps.map { episodes[placements[$0 - 1].episodes.lowerBound] }
        var t = eventColumns(children: ps.map { Int(placements[$0].child) }, dates: ps.map { placements[$0].start })
        t.codes("from_place", old.map(\.place), SSDA903Codes.place)
        t.codes("to_place", new.map(\.place), SSDA903Codes.place)
        groupNames("from_group", &t, old)
        groupNames("to_group", &t, new)
        t.codes("reason_change", new.map(\.reasonPlaceChange), SSDA903Codes.reasonPlaceChange)
        t.codes("legal_status", new.map(\.legalStatus), SSDA903Codes.legalStatus)
        return t.table(rows: ps.count, origin: "moves \(from.uk)–\(to.uk)")
    }

    /// The columns every event table starts with: child, date, sex, age and age_band at the event.
    private func eventColumns(children kids: [Int], dates: [Day]) -> TableColumns {
        var t = TableColumns()
        let ages = zip(kids, dates).map { children[$0].age(on: $1) }
        // CHILD ids are unique (a repeat in a later header replaces the child), so labels never collide.
        t.codedText(CohortView.Field.child.column, rows: kids.count, keyCount: children.count,
                    distinct: true, key: { kids[$0] }, label: { children[$0].id })
        t.markLastAsIdentifier()
        t.dates("date", dates)
        t.codedText("sex", rows: kids.count, keyCount: 3, key: { Int(children[kids[$0]].sex.rawValue) },
                    label: { Sex(rawValue: UInt8($0))!.code })
        t.numbers("age", ages.map { $0.map(Double.init) })
        t.ageBands(CohortView.Field.ageBand.column, ages)
        return t
    }

    /// A column of the episodes' placement group names.
    private func groupNames(_ name: String, _ t: inout TableColumns, _ eps: [Episode]) {
        let groups = mapping.groups
        t.codedText(name, rows: eps.count, keyCount: 256, key: { Int(eps[$0].group) }, label: { groups[$0].name })
    }
}

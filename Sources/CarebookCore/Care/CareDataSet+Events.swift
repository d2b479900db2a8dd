extension CareDataSet {
    /// Periods of care starting in the window (admissions), excluding short-break periods (V3/V4 at the start).
    func admissionPeriods(_ window: DayRange) -> [Int] {
        periods.indices.filter { p in
            window.contains(periods[p].start) && !episodes[periods[p].episodes.lowerBound].isShortBreak
        }
    }

    /// Periods of care ending in the window (leavers), excluding short-break periods (V3/V4 at the end).
    func leavingPeriods(_ window: DayRange) -> [Int] {
        periods.indices.filter { p in
            guard let end = periods[p].end else { return false }
            return window.contains(end) && !episodes[periods[p].episodes.upperBound - 1].isShortBreak
        }
    }

    /// Placements started in the window that are not a period's first (placement moves), outside short breaks.
    func movePlacements(_ window: DayRange) -> [Int] {
        placements.indices.filter { p in
            let pl = placements[p]
            guard window.contains(pl.start), p > 0, placements[p - 1].period == pl.period else { return false }
            return !episodes[pl.episodes.lowerBound].isShortBreak
        }
    }

    /// Children who started to be looked after from `from` to `to` (inclusive), one row per admission.
    ///
    /// Columns: child, date, sex, age, age_band, legal_status, category_of_need, place, placement_group.
    public func admissions(from: Day, to: Day) -> Table {
        let ps = admissionPeriods(DayRange(from: from, to: to))
        let firsts = ps.map { episodes[periods[$0].episodes.lowerBound] }
        var t = eventColumns(children: ps.map { Int(periods[$0].child) }, dates: ps.map { periods[$0].start })
        t.text("legal_status", firsts.map(\.legalStatusCode))
        t.text("category_of_need", firsts.map(\.categoryOfNeedCode))
        t.text("place", firsts.map(\.placeCode))
        t.text("placement_group", firsts.map { group(of: $0).name })
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
        t.text("reason", lasts.map(\.reasonCeasedCode))
        t.text("reason_group", ps.map { periods[$0].reasonGroup?.rawValue }, levels: LeavingReasonGroup.allCases.map(\.rawValue))
        t.text("legal_status", lasts.map(\.legalStatusCode))
        t.text("place", lasts.map(\.placeCode))
        t.text("placement_group", lasts.map { group(of: $0).name })
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
        t.text("from_place", old.map(\.placeCode))
        t.text("to_place", new.map(\.placeCode))
        t.text("from_group", old.map { group(of: $0).name })
        t.text("to_group", new.map { group(of: $0).name })
        t.text("reason_change", new.map { SSDA903Codes.reasonPlaceChange.code(at: $0.reasonPlaceChange) })
        t.text("legal_status", new.map(\.legalStatusCode))
        return t.table(rows: ps.count, origin: "moves \(from.uk)–\(to.uk)")
    }

    /// The columns every event table starts with: child, date, sex, age and age_band at the event.
    private func eventColumns(children kids: [Int], dates: [Day]) -> TableColumns {
        var t = TableColumns()
        let ages = zip(kids, dates).map { children[$0].dob.age(on: $1) }
        t.text("child", kids.map { children[$0].id })
        t.dates("date", dates)
        t.text("sex", kids.map { children[$0].sex.code })
        t.numbers("age", ages.map(Double.init))
        t.text("age_band", ages.map { AgeBand(age: $0).label }, levels: AgeBand.labels)
        return t
    }
}

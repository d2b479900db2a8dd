extension CareDataSet {
    /// The columns every return table starts with: child, date, sex, and age and age band on `ageOn` (the date when nil).
    private func personColumns(_ ids: [String], dobs: [Day?], dates: [Day?], ageOn: Day? = nil) -> TableColumns {
        let lookup = childLookup()
        var t = TableColumns()
        t.text(CohortView.Field.child.column, ids)
        t.markLastAsIdentifier()
        t.dates("date", dates)
        t.text("sex", ids.map { id in lookup[id].map { children[$0].sex.code } ?? Sex.unknown.code })
        let ages = ids.indices.map { i -> Int? in
            guard let on = ageOn ?? dates[i] else { return nil }
            return dob(of: ids[i], lookup: lookup, fallback: dobs[i])?.age(on: on)
        }
        t.numbers("age", ages.map { $0.map(Double.init) })
        t.ageBands(CohortView.Field.ageBand.column, ages)
        return t
    }

    /// Reviews held from `from` to `to`, with their place in the statutory schedule (indicator 6.7).
    ///
    /// Columns: child, date, sex, age, age_band, code (REVIEW_CODE), period_start, number, due,
    /// working_days (from the period's start or the previous review), on_time.
    public func reviews(from: Day, to: Day) -> Table {
        let rs = reviewIndices(DayRange(from: from, to: to)).map { returnTables.reviews[$0] }
        var t = personColumns(rs.map(\.child), dobs: rs.map { _ in nil }, dates: rs.map(\.date))
        t.text("code", rs.map(\.code))
        t.dates("period_start", rs.map { $0.period.map { periods[Int($0)].start } })
        t.numbers("number", rs.map { $0.number > 0 ? Double($0.number) : nil })
        t.dates("due", rs.map(\.due))
        t.numbers("working_days", rs.map { $0.workingDays.map(Double.init) })
        t.bools("on_time", rs.map(\.onTime))
        return t.table(rows: rs.count, origin: "reviews \(from.uk)–\(to.uk)")
    }

    /// The OC2 cohort at the 31 March on or before `day` (children looked after continuously for 12
    /// months then), with each one's latest OC2 record (indicators 6.9 and 6.10).
    ///
    /// Columns: child, date (the 31 March), sex, age, age_band, has_oc2, health_assessment,
    /// teeth_check, immunisations, health_check, substance_misuse, convicted, sdq_score.
    public func health(on day: Day) -> Table {
        let yearEnd = Self.yearEnd(onOrBefore: day)
        let cohort = continuouslyLookedAfter(at: yearEnd)
        let ids = cohort.map { children[$0.child].id }
        let latest = Self.latestIndex(returnTables.health) { $0.child }
        let records = ids.map { latest[$0].map { returnTables.health[$0] } }
        var t = personColumns(ids, dobs: ids.map { _ in nil }, dates: ids.map { _ in yearEnd })
        t.bools("has_oc2", records.map { $0 != nil })
        t.bools("health_assessment", records.map { $0?.healthAssessment })
        t.bools("teeth_check", records.map { $0?.teethCheck })
        t.bools("immunisations", records.map { $0?.immunisations })
        t.bools("health_check", records.map { $0?.healthCheck })
        t.bools("substance_misuse", records.map { $0?.substanceMisuse })
        t.bools("convicted", records.map { $0?.convicted })
        t.numbers("sdq_score", records.map { $0?.sdqScore })
        return t.table(rows: ids.count, origin: "OC2 cohort at \(yearEnd.uk)")
    }

    /// Every care leaver's latest OC3 record, with ages on `day` and on the 31 March on or before it (indicators 7.3, 7.4).
    ///
    /// Columns: child, date (the 31 March), sex, age (on the 31 March), age_band, in_touch, activity,
    /// accommodation, eet, suitable, in_cohort (aged 19–21 on the 31 March, not died or returned home).
    public func careLeavers(on day: Day) -> Table {
        let yearEnd = Self.yearEnd(onOrBefore: day)
        let rs = returnTables.careLeavers
        let cohort = Set(careLeaverCohort(at: yearEnd))
        var t = personColumns(rs.map(\.child), dobs: rs.map(\.dob), dates: rs.map { _ in yearEnd })
        t.text("in_touch", rs.map(\.inTouch))
        t.text("activity", rs.map(\.activity))
        t.text("accommodation", rs.map(\.accommodation))
        t.bools("eet", rs.map(\.inEET))
        t.bools("suitable", rs.map(\.suitablyAccommodated))
        t.bools("in_cohort", rs.indices.map(cohort.contains))
        return t.table(rows: rs.count, origin: "care leavers (OC3) at \(yearEnd.uk)")
    }

    /// Children adopted from `from` to `to`, with the dates and days of A1, A2 and SHOBPA timeliness (10.1–10.5).
    ///
    /// Columns: child, date (adopted), sex, age, age_band, date_entered_care, shobpa, within_12_months,
    /// placed (with the adoptive family), a1_days, placement_order, matched, a2_days, by_foster_carers.
    public func adoptions(from: Day, to: Day) -> Table {
        let ts = adoptionTimings(DayRange(from: from, to: to))
        let ids = ts.map { children[$0.child].id }
        var t = personColumns(ids, dobs: ids.map { _ in nil }, dates: ts.map(\.adopted))
        t.dates("date_entered_care", ts.map(\.entered))
        t.dates("shobpa", ts.map(\.shobpa))
        t.bools("within_12_months", ts.map(\.withinTwelveMonths))
        t.dates("placed", ts.map(\.placed))
        t.numbers("a1_days", ts.map { $0.a1Days.map(Double.init) })
        t.dates("placement_order", ts.map(\.authority))
        t.dates("matched", ts.map(\.match))
        t.numbers("a2_days", ts.map { $0.a2Days.map(Double.init) })
        t.bools("by_foster_carers", ts.map(\.byFosterCarers))
        return t.table(rows: ts.count, origin: "adoptions \(from.uk)–\(to.uk)")
    }

    /// Times a child went missing (M) or was away without authorisation (A), starting from `from` to `to`.
    ///
    /// Columns: child, date (MIS_START), sex, age, age_band, kind (MISSING: M or A), ended (MIS_END), days.
    public func missingEpisodes(from: Day, to: Day) -> Table {
        let window = DayRange(from: from, to: to)
        let ms = returnTables.missing.filter { window.contains($0.start) }
        var t = personColumns(ms.map(\.child), dobs: ms.map(\.dob), dates: ms.map(\.start))
        t.text("kind", ms.map(\.kind))
        t.dates("ended", ms.map(\.end))
        t.numbers("days", ms.map { m in m.end.map { Double(Int($0.number) - Int(m.start.number)) } })
        return t.table(rows: ms.count, origin: "missing episodes \(from.uk)–\(to.uk)")
    }
}

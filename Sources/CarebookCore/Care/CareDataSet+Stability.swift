extension CareDataSet {
    /// In the 8.1 cohort on `day`: under 16 and looked after continuously for at least 2½ years.
    ///
    /// A child with no readable date of birth cannot be shown to be under 16, so is not in the cohort;
    /// with `ageUnknown`, true for such a child who would be in it by the time in care alone.
    func isLongTerm(_ entry: LookedAfterEntry, on day: Day, ageUnknown: Bool = false) -> Bool {
        guard periods[entry.period].start <= day.adding(months: -30) else { return false }
        guard let age = children[entry.child].age(on: day) else { return ageUnknown }
        return !ageUnknown && age < 16
    }

    /// Stable for 8.1 on `day`: in the same placement for at least 2 years, or placed for adoption
    /// where that placement and the one before it (in the same period) together last 2 years.
    func isStable(_ entry: LookedAfterEntry, on day: Day) -> Bool {
        guard entry.placement >= 0 else { return false }
        let twoYearsBefore = day.adding(months: -24)
        let p = placements[entry.placement]
        if p.start <= twoYearsBefore { return true }
        let place = episodes[p.episodes.lowerBound].place
        guard SSDA903Codes.adoptionPlaces.contains(place), entry.placement > 0 else { return false }
        let previous = placements[entry.placement - 1]
        return previous.period == p.period && previous.start <= twoYearsBefore
    }
}

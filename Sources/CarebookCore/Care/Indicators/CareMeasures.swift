/// The counting rules behind the catalogue's indicators.
enum CareMeasures {
    typealias Rule = @Sendable (MeasureContext) -> Measurement

    /// 6.1: children looked after on the day.
    static let lookedAfter: Rule = { c in
        Measurement(numerator: Double(c.lookedAfter.count), children: c.ids(c.lookedAfter.map(\.child)))
    }

    /// 6.2: looked after per 10,000 children aged 0–17.
    static let ratePer10000: Rule = { c in
        var m = lookedAfter(c)
        guard let population = c.population?.count(on: c.day), population > 0 else { return m }
        m.denominator = Double(population)
        m.value = m.numerator / Double(population) * 10_000
        return m
    }

    /// Looked-after children on the day passing `test`: a share of all looked after (or a count when `share` is false).
    static func lookedAfter(share: Bool,
                            _ test: @escaping @Sendable (CareDataSet, LookedAfterEntry, Day) -> Bool) -> Rule {
        { c in
            let counted = c.lookedAfter.filter { test(c.data, $0, c.day) }
            return Measurement(numerator: Double(counted.count), denominator: share ? Double(c.lookedAfter.count) : nil,
                               children: c.ids(counted.map(\.child)))
        }
    }

    /// The group flags of the episode a child is in on the day.
    static func group(_ d: CareDataSet, _ e: LookedAfterEntry) -> PlacementMapping.Group {
        d.group(of: d.episodes[e.episode])
    }

    /// 6.3: admissions in the window.
    static let admissions: Rule = { c in
        let ps = c.data.admissionPeriods(c.window)
        return Measurement(numerator: Double(ps.count), children: c.ids(ps.map { Int(c.data.periods[$0].child) }))
    }

    /// 6.4: children who ceased to be looked after in the window.
    static let leavers: Rule = { c in leavers(where: nil)(c) }

    /// Leavers in the window whose reason group passes `test` (as a share of all leavers); all leavers when nil.
    static func leavers(where test: (@Sendable (LeavingReasonGroup) -> Bool)?) -> Rule {
        { c in
            let ps = c.data.leavingPeriods(c.window)
            guard let test else {
                return Measurement(numerator: Double(ps.count), children: c.ids(ps.map { Int(c.data.periods[$0].child) }))
            }
            let counted = ps.filter { c.data.periods[$0].reasonGroup.map(test) ?? false }
            return Measurement(numerator: Double(counted.count), denominator: Double(ps.count),
                               children: c.ids(counted.map { Int(c.data.periods[$0].child) }))
        }
    }

    /// 8.1: of long-term looked-after children under 16, those in a placement stable for 2 years.
    static let longTermStability: Rule = { c in
        let cohort = c.lookedAfter.filter { c.data.isLongTerm($0, on: c.day) }
        let stable = cohort.filter { c.data.isStable($0, on: c.day) }
        let unknown = c.lookedAfter.filter { c.data.isLongTerm($0, on: c.day, ageUnknown: true) }
        return Measurement(numerator: Double(stable.count), denominator: Double(cohort.count),
                           children: c.ids(stable.map(\.child)), unknownAge: c.ids(unknown.map(\.child)))
    }

    /// 8.2: looked-after children with 3 or more placements in the twelve months to the day.
    static let threeOrMorePlacements = lookedAfter(share: true) { d, e, day in
        d.placementCount(child: e.child, twelveMonthsTo: day) >= 3
    }

    /// Average age in whole years at admission, over the window's admissions of children whose date of birth is known.
    static let admissionAge: Rule = { c in
        let all = c.data.admissionPeriods(c.window)
        func child(_ p: Int) -> CareChild { c.data.children[Int(c.data.periods[p].child)] }
        let ps = all.filter { child($0).dob != nil }, unknown = all.filter { child($0).dob == nil }
        let ages = ps.compactMap { child($0).age(on: c.data.periods[$0].start) }
        let total = Double(ages.reduce(0, +))
        return Measurement(numerator: total, denominator: Double(ps.count), value: ps.isEmpty ? nil : total / Double(ps.count),
                           children: c.ids(ps.map { Int(c.data.periods[$0].child) }),
                           unknownAge: c.ids(unknown.map { Int(c.data.periods[$0].child) }))
    }

    /// Net change in the number looked after since the same day a month before (the previous month end for a month end).
    static let netChange: Rule = { c in
        let day = c.day
        let before = day == day.endOfMonth ? day.adding(days: -day.components.day) : day.adding(months: -1)
        let then = c.data.lookedAfterEntries(on: before)
        let now = c.lookedAfter
        let thenSet = Set(then.map(\.child)), nowSet = Set(now.map(\.child))
        let changed = now.filter { !thenSet.contains($0.child) }.map(\.child) + then.filter { !nowSet.contains($0.child) }.map(\.child)
        return Measurement(numerator: Double(now.count), denominator: Double(then.count),
                           value: Double(now.count - then.count), children: c.ids(changed))
    }
}

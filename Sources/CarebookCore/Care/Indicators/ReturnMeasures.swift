/// The counting rules behind the indicators read from the 903 return's other tables (reviews, OC2, OC3, AD1, missing).
enum ReturnMeasures {
    typealias Rule = CareMeasures.Rule

    /// Each id once, in first-seen order.
    private static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// 6.7: reviews held in the window that were on time, of those whose due date is known.
    static let reviewsOnTime: Rule = { c in
        let rs = c.data.reviewIndices(c.window).map { c.data.returnTables.reviews[$0] }.filter { $0.due != nil }
        let onTime = rs.filter { $0.onTime == true }
        return Measurement(numerator: Double(onTime.count), denominator: Double(rs.count), children: unique(onTime.map(\.child)))
    }

    /// 6.9, 6.10: of the OC2 cohort at the 31 March on or before the day, those whose latest OC2 record has `flag` = 1.
    static func health(_ flag: @escaping @Sendable (ReturnHealth) -> Bool?) -> Rule {
        { c in
            let cohort = c.data.continuouslyLookedAfter(at: CareDataSet.yearEnd(onOrBefore: c.day))
            let latest = CareDataSet.latestIndex(c.data.returnTables.health) { $0.child }
            let yes = cohort.map { c.data.children[$0.child].id }.filter { id in
                latest[id].map { flag(c.data.returnTables.health[$0]) == true } ?? false
            }
            return Measurement(numerator: Double(yes.count), denominator: Double(cohort.count), children: yes)
        }
    }

    /// 7.3, 7.4: of the care leavers aged 19–21 at the 31 March on or before the day, those passing `test`.
    static func careLeavers(_ test: @escaping @Sendable (ReturnCareLeaver) -> Bool) -> Rule {
        { c in
            let cohort = c.data.careLeaverCohort(at: CareDataSet.yearEnd(onOrBefore: c.day)).map { c.data.returnTables.careLeavers[$0] }
            let yes = cohort.filter(test)
            return Measurement(numerator: Double(yes.count), denominator: Double(cohort.count), children: yes.map(\.child))
        }
    }

    /// 10.1: adoptions in the window.
    static let adoptions: Rule = { c in
        let ts = c.data.adoptionTimings(c.window)
        return Measurement(numerator: Double(ts.count), children: ts.map { c.data.children[$0.child].id })
    }

    /// 10.2 (a count) and 10.3 (a share of all adoptions): adoptions within 12 months of the SHOBPA decision.
    static func withinTwelveMonths(share: Bool) -> Rule {
        { c in
            let ts = c.data.adoptionTimings(c.window)
            let yes = ts.filter(\.withinTwelveMonths)
            return Measurement(numerator: Double(yes.count), denominator: share ? Double(ts.count) : nil,
                               children: yes.map { c.data.children[$0.child].id })
        }
    }

    /// 10.4 (A1) and 10.5 (A2): average days over the adoptions in the twelve months to the day that have both dates.
    static func averageDays(_ days: @escaping @Sendable (AdoptionTiming) -> Int?) -> Rule {
        { c in
            let window = DayRange.rolling12Months(endingOn: c.day)
            let ts = c.data.adoptionTimings(window)
            let known = ts.filter { days($0) != nil }
            let total = Double(known.reduce(0) { $0 + days($1)! })
            return Measurement(numerator: total, denominator: Double(known.count),
                               value: known.isEmpty ? nil : total / Double(known.count),
                               children: known.map { c.data.children[$0.child].id })
        }
    }

    /// Missing (M) episodes starting in the window, counted as children (distinct) or episodes.
    static func missing(children: Bool) -> Rule {
        { c in
            let ms = c.data.missingIndices(c.window).map { c.data.returnTables.missing[$0] }
            let ids = unique(ms.map(\.child))
            return Measurement(numerator: Double(children ? ids.count : ms.count), children: ids)
        }
    }
}

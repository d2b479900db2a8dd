/// The counting rules behind the Children in Need indicators (CIN1–CIN17).
enum NeedMeasures {
    typealias Rule = CareMeasures.Rule

    /// The twelve months ending on the context's day (a rolling measure's window).
    static func rolling(_ c: MeasureContext) -> DayRange {
        DayRange(from: c.day.adding(months: -12).adding(days: 1), to: c.day)
    }

    /// A share (numerator ÷ denominator) of referrals in a window passing `test`.
    static func referrals(rolling: Bool = false, _ test: @escaping @Sendable (CINDataSet, Int) -> Bool) -> Rule {
        { c in
            let d = c.need!
            let all = d.referralIndices(rolling ? Self.rolling(c) : c.window)
            let counted = all.filter { test(d, $0) }
            return Measurement(numerator: Double(counted.count), denominator: Double(all.count),
                               children: counted.map { d.referrals[$0].child })
        }
    }

    /// CIN1: referrals in the window.
    static let referralCount: Rule = { c in
        let d = c.need!, all = d.referralIndices(c.window)
        return Measurement(numerator: Double(all.count), children: all.map { d.referrals[$0].child })
    }

    /// Assessments (with their referral's child) passing `include`.
    static func assessments(_ d: CINDataSet, _ include: (CINAssessment) -> Bool) -> [(child: String, a: CINAssessment)] {
        d.referrals.flatMap { r in r.assessments.filter(include).map { (r.child, $0) } }
    }

    /// CIN5: assessments started in the window.
    static let assessmentsStarted: Rule = { c in
        let started = assessments(c.need!) { c.window.contains($0.start) }
        return Measurement(numerator: Double(started.count), children: started.map(\.child))
    }

    /// CIN6: of assessments authorised in the window, those within 45 working days of their start.
    static let assessmentsWithin45: Rule = { c in
        // Left out: an assessment whose dates the bank holidays in use do not cover (its working days are unknown).
        let done = assessments(c.need!) { a in
            a.authorised.map(c.window.contains) == true && CINDataSet.workingDays(c.holidays, a.start, a.authorised) != nil
        }
        let within = done.filter { CINDataSet.workingDays(c.holidays, $0.a.start, $0.a.authorised)! <= 45 }
        return Measurement(numerator: Double(within.count), denominator: Double(done.count), children: within.map(\.child))
    }

    /// S47s (with the child) passing `include`.
    static func section47s(_ d: CINDataSet, _ include: (Section47) -> Bool) -> [(child: String, s: Section47)] {
        d.referrals.flatMap { r in r.section47s.filter(include).map { (r.child, $0) } }
    }

    /// CIN7: S47 enquiries started in the window.
    static let section47Count: Rule = { c in
        let started = section47s(c.need!) { c.window.contains($0.start) }
        return Measurement(numerator: Double(started.count), children: started.map(\.child))
    }

    /// CIN8: S47s started in the twelve months to the day per 10,000 children.
    static let section47Rate: Rule = { c in
        let window = rolling(c)
        let started = section47s(c.need!) { window.contains($0.start) }
        return perTenThousand(c, Measurement(numerator: Double(started.count), children: started.map(\.child)))
    }

    /// CIN9: initial conferences held in the window.
    static let conferenceCount: Rule = { c in
        let held = section47s(c.need!) { $0.conferenceDate.map(c.window.contains) == true }
        return Measurement(numerator: Double(held.count), children: held.map(\.child))
    }

    /// CIN10: of conferences held in the window, those within 15 working days of the S47 start.
    static let conferencesWithin15: Rule = { c in
        let held = section47s(c.need!) { s in
            s.conferenceDate.map(c.window.contains) == true && CINDataSet.workingDays(c.holidays, s.start, s.conferenceDate) != nil
        }
        let within = held.filter { CINDataSet.workingDays(c.holidays, $0.s.start, $0.s.conferenceDate)! <= 15 }
        return Measurement(numerator: Double(within.count), denominator: Double(held.count), children: within.map(\.child))
    }

    /// CIN11: children in need on the day.
    static let childrenInNeed: Rule = { c in
        let d = c.need!
        let ids = d.byChild.keys.filter { id in d.byChild[id]!.contains { d.referrals[$0].isOpen(on: c.day) } }.sorted()
        return Measurement(numerator: Double(ids.count), children: ids)
    }

    /// Children with a child protection plan open on the day.
    static func protectedChildren(_ c: MeasureContext) -> [String] {
        let d = c.need!
        return d.byChild.keys.filter { id in
            d.byChild[id]!.contains { d.referrals[$0].protectionPlans.contains { $0.isOpen(on: c.day) } }
        }.sorted()
    }

    /// CIN13: children on a child protection plan on the day.
    static let protectionPlanChildren: Rule = { c in
        let ids = protectedChildren(c)
        return Measurement(numerator: Double(ids.count), children: ids)
    }

    /// A count per 10,000 children aged 0–17 (the value); no value without a population.
    static func perTenThousand(_ c: MeasureContext, _ count: Measurement) -> Measurement {
        var m = count
        guard let population = c.population?.count(on: c.day), population > 0 else { return m }
        m.denominator = Double(population)
        m.value = m.numerator * 10_000 / Double(population)   // in this order 6 of 20,000 is exactly 3
        return m
    }

    static func rate(_ count: @escaping Rule) -> Rule { { c in perTenThousand(c, count(c)) } }

    /// CIN15: of plans open on the day, those open for more than two years.
    static let plansOverTwoYears: Rule = { c in
        let open = c.need!.referrals.flatMap { r in r.protectionPlans.filter { $0.isOpen(on: c.day) }.map { (r.child, $0) } }
        let long = open.filter { $0.1.start.adding(months: 24) < c.day }
        return Measurement(numerator: Double(long.count), denominator: Double(open.count), children: long.map(\.0))
    }

    /// CIN16: of plans started in the window, the repeats within two years of an earlier plan.
    static let repeatPlans: Rule = { c in
        let d = c.need!
        let started = d.referrals.flatMap { r in r.protectionPlans.filter { c.window.contains($0.start) }.map { (r.child, $0) } }
        let repeats = started.filter { d.isRepeatWithinTwoYears($0.1, child: $0.0) }
        return Measurement(numerator: Double(repeats.count), denominator: Double(started.count), children: repeats.map(\.0))
    }

    /// CIN18: of child protection reviews held in the window, those on time.
    static let reviewsOnTime: Rule = { c in
        let held = c.need!.protectionReviews(c.window)
        let onTime = held.filter(\.onTime)
        return Measurement(numerator: Double(onTime.count), denominator: Double(held.count), children: onTime.map(\.child))
    }

    /// CIN19: of contacts in the window with a decision date, those decided within 1 working day.
    static let contactDecisions: Rule = { c in
        let d = c.need!
        guard d.hasContactDecisions else {
            return Measurement(numerator: 0, denominator: nil, value: nil, children: [],
                               notLoaded: "the contacts table has no decision_date column")
        }
        let decided = d.contacts.filter { c.window.contains($0.date) && CINDataSet.workingDays(c.holidays, $0.date, $0.decision) != nil }
        let quick = decided.filter { CINDataSet.workingDays(c.holidays, $0.date, $0.decision)! <= 1 }
        return Measurement(numerator: Double(quick.count), denominator: Double(decided.count), children: quick.compactMap(\.child))
    }

    /// CIN17: contacts in the window.
    static let contacts: Rule = { c in
        let counted = c.need!.contacts.filter { c.window.contains($0.date) }
        return Measurement(numerator: Double(counted.count), children: counted.compactMap(\.child))
    }
}

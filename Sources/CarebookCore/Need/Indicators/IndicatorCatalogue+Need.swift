extension IndicatorCatalogue {
    /// The Children in Need census indicators of seed 004's monthly report (the front door, assessments,
    /// S47s, conferences, children in need and child protection), counted from the CIN census.
    static let need: [Indicator] = frontDoor + protection + [contacts, reviews, decisions]

    private static func cin(_ id: String, _ name: String, _ polarity: Polarity, _ unit: IndicatorUnit,
                            ytd: Bool = false, rolling: Bool = false, target: Double? = nil, source: IndicatorSource = .cin,
                            numerator: String, denominator: String? = nil, _ definition: String,
                            _ measure: @escaping CareMeasures.Rule) -> Indicator {
        var ind = Indicator(id: id, name: name, polarity: polarity, unit: unit, definition: definition, numerator: numerator,
                            denominator: denominator, isYearToDate: ytd, thresholds: Thresholds(green: target),
                            lookbackMonths: rolling ? 12 : nil, measure: measure)
        ind.source = source
        return ind
    }

    private static let referralsInPeriod = "referrals (CINdetails) with CINreferralDate in the period"

    private static let frontDoor: [Indicator] = [
        cin("CIN1", "Referrals", .info, .count, ytd: true, numerator: referralsInPeriod, """
            Referrals to children's social care in the period: every CIN census referral (CINdetails row) \
            dated in it, including those with no further action. Monthly figures add up to the year to date.
            """, NeedMeasures.referralCount),
        cin("CIN2", "% re-referrals within 12 months", .low, .percent, ytd: true, target: 0.23,
            numerator: "referrals in the period that came within 12 months of the child's previous referral",
            denominator: referralsInPeriod, """
            Of the referrals in the period, the share that are re-referrals: the child's previous referral \
            was dated no more than 12 months before (on or after the same date a year earlier). A second \
            referral the same day is not a re-referral. Target: below 23% (seed 004's corporate plan).
            """, NeedMeasures.referrals { $0.isReReferral($1) }),
        cin("CIN3", "% re-referrals within 12 months (rolling 12 months)", .low, .percent, rolling: true, target: 0.23,
            numerator: "referrals in the 12 months to the day that came within 12 months of the previous referral",
            denominator: "referrals in the 12 months to the day", """
            CIN2 counted over the twelve months ending on the day rather than one month, which smooths out \
            a month's ups and downs. Target: below 23%.
            """, NeedMeasures.referrals(rolling: true) { $0.isReReferral($1) }),
        cin("CIN4", "% referrals progressing to assessment", .high, .percent, ytd: true,
            numerator: "referrals in the period with at least one assessment", denominator: referralsInPeriod, """
            Of the referrals in the period, the share with an assessment recorded under them (whenever it \
            started). Referrals with no further action count in the denominator.
            """, NeedMeasures.referrals { !$0.referrals[$1].assessments.isEmpty }),
        cin("CIN5", "Assessments started", .info, .count, ytd: true,
            numerator: "assessments with AssessmentActualStartDate in the period", """
            Assessments started in the period. Monthly figures add up to the year to date.
            """, NeedMeasures.assessmentsStarted),
        cin("CIN6", "% assessments completed within 45 working days", .high, .percent, ytd: true,
            numerator: "assessments authorised in the period within 45 working days of their start",
            denominator: "assessments authorised (AssessmentAuthorisationDate) in the period", """
            Of the assessments completed (authorised) in the period, the share authorised within 45 working \
            days of the assessment's start. Working days skip weekends and England and Wales bank holidays; \
            the day after the start is day 1. An assessment with a date outside the years the bank holidays \
            cover is left out.
            """, NeedMeasures.assessmentsWithin45),
        cin("CIN7", "Section 47 enquiries started", .info, .count, ytd: true,
            numerator: "S47s with S47ActualStartDate in the period", """
            Section 47 enquiries (child protection investigations) started in the period.
            """, NeedMeasures.section47Count),
        cin("CIN8", "Section 47 enquiries per 10,000 children (rolling 12 months)", .info, .ratePer10000, rolling: true,
            numerator: "S47s started in the 12 months to the day", denominator: "the borough's population aged 0–17, ÷ 10,000", """
            Section 47 enquiries started in the twelve months ending on the day, for every 10,000 children \
            living in the borough. Seed 004's 244.0 for January 2017 is about 1,375 enquiries in a year \
            among 56,356 children.
            """, NeedMeasures.section47Rate),
    ]

    private static let protection: [Indicator] = [
        cin("CIN9", "Initial child protection conferences", .info, .count, ytd: true,
            numerator: "S47s with DateOfInitialCPC in the period", """
            Initial child protection conferences held in the period (the conference date recorded on each S47).
            """, NeedMeasures.conferenceCount),
        cin("CIN10", "% ICPCs within 15 working days of the S47 start", .high, .percent, ytd: true,
            numerator: "conferences in the period held within 15 working days of their S47's start",
            denominator: "conferences held in the period", """
            Of the initial child protection conferences held in the period, the share held within 15 working \
            days of the start of the section 47 enquiry (weekends and bank holidays skipped; the day after \
            the start is day 1). A conference with a date outside the years the bank holidays cover is left out.
            """, NeedMeasures.conferencesWithin15),
        cin("CIN11", "Children in need", .info, .count,
            numerator: "children with a referral open on the day (not closed before it, not NFA)", """
            Children in need on the day: every child with a referral dated on or before it, not closed \
            before it and not marked no further action. As the DfE counts them, this includes children \
            on a child protection plan and looked-after children with an open referral.
            """, NeedMeasures.childrenInNeed),
        cin("CIN12", "Children in need per 10,000 children", .info, .ratePer10000,
            numerator: "children in need on the day (CIN11)", denominator: "the borough's population aged 0–17, ÷ 10,000", """
            Children in need (CIN11) for every 10,000 children living in the borough.
            """, NeedMeasures.rate(NeedMeasures.childrenInNeed)),
        cin("CIN13", "Children on a child protection plan", .info, .count,
            numerator: "children with a child protection plan open on the day", """
            Children with a child protection plan open on the day: started on or before it and not ended \
            on or before it. A child counts once.
            """, NeedMeasures.protectionPlanChildren),
        cin("CIN14", "Children on a child protection plan per 10,000 children", .info, .ratePer10000,
            numerator: "children on a plan on the day (CIN13)", denominator: "the borough's population aged 0–17, ÷ 10,000", """
            Children on a child protection plan (CIN13) for every 10,000 children living in the borough; \
            seed 004's 330 is 58.6.
            """, NeedMeasures.rate(NeedMeasures.protectionPlanChildren)),
        cin("CIN15", "% child protection plans open over 2 years", .low, .percent,
            numerator: "plans open on the day that started more than 2 years before it",
            denominator: "plans open on the day", """
            Of the child protection plans open on the day, the share open for more than two years (started \
            before the same date two years earlier).
            """, NeedMeasures.plansOverTwoYears),
        cin("CIN16", "% child protection plans that are repeats within 2 years", .low, .percent, ytd: true, target: 0.04,
            numerator: "plans started in the period whose child had an earlier plan ending within the 24 months before",
            denominator: "plans started in the period", """
            Of the child protection plans started in the period, the share that are a second or later plan \
            within 24 months: the child had an earlier plan that ended (or was still open) on or after the \
            same date 24 months before the new plan started. Target: below 4% (seed 004).
            """, NeedMeasures.repeatPlans),
    ]

    /// Contacts are not in the census: counted from the local contacts table.
    private static let contacts =
        cin("CIN17", "Contacts", .info, .count, ytd: true, source: .contacts,
            numerator: "contacts with contact_date in the period (the local contacts table)", """
            Contacts to the front door in the period, from the borough's own contacts table (contacts are \
            not in the CIN census). No value when no contacts table is loaded.
            """, NeedMeasures.contacts)

    private static let reviews =
        cin("CIN18", "% child protection reviews on time", .high, .percent, ytd: true,
            numerator: "reviews in the period held on time", denominator: "child protection reviews (CPPreviewDate) in the period", """
            Of the child protection plan reviews held in the period, the share held on time: a plan's first \
            review within 3 months of the plan's start, each later review within 6 months of the one before.
            """, NeedMeasures.reviewsOnTime)

    private static let decisions =
        cin("CIN19", "% contact decisions within 1 working day", .high, .percent, ytd: true, source: .contacts,
            numerator: "contacts in the period decided within 1 working day",
            denominator: "contacts in the period with a decision_date", """
            Of the contacts in the period with a decision recorded (the contacts table's decision_date \
            column), the share decided on the day or the next working day. No value when the contacts \
            table has no decision_date column.
            """, NeedMeasures.contactDecisions)
}

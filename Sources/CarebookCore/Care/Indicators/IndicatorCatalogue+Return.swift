extension IndicatorCatalogue {
    /// The indicators read from the return's other tables: reviews (6.7), OC2 health (6.9, 6.10), OC3 care
    /// leavers (7.3, 7.4), adoption (10.1–10.5) and missing from care.
    ///
    /// 6.11 (initial health assessments within 20 working days) is not here: the 903 holds no date of an
    /// initial health assessment, so it is a local-tracker input, defined by the borough in the language.
    static let fromReturn: [Indicator] = reviews + health + careLeavers + adoption + missing

    private static func make(_ id: String, _ name: String, _ polarity: Polarity, _ unit: IndicatorUnit, ytd: Bool = false,
                             lookback: Int? = nil, needs: [SSDA903Kind], numerator: String, denominator: String? = nil,
                             _ definition: String, _ measure: @escaping CareMeasures.Rule) -> Indicator {
        var ind = Indicator(id: id, name: name, polarity: polarity, unit: unit, definition: definition, numerator: numerator,
                            denominator: denominator, isYearToDate: ytd, thresholds: .none, lookbackMonths: lookback,
                            measure: measure)
        ind.needs = needs
        return ind
    }

    private static let reviews: [Indicator] = [
        make("6.7", "LAC cases reviewed within timescales", .high, .percent, ytd: true,
             needs: [.reviews], numerator: "reviews held on or before their due date",
             denominator: "reviews held in the period (903 reviews table) in a period of care", """
            Of the reviews held in the period (the 903 reviews table), the share held on time by the \
            statutory schedule (Care Planning Regulations 2010, reg. 33): the first review within 20 working \
            days of the start of the period of care, the second within 3 months of the first, each later \
            one within 6 months of the one before. Working days skip weekends and England and Wales bank \
            holidays. A review on a day the child was not looked after is reported, not counted. Each \
            month counts that month's reviews, with a year-to-date total, as the borough reports it (the \
            DfE's former NI 66 counted children whose reviews were all on time instead).
            """, ReturnMeasures.reviewsOnTime),
    ]

    private static let oc2Cohort = "children looked after continuously for 12 months at the 31 March on or before the day (the DfE's OC2 cohort)"

    private static let health: [Indicator] = [
        make("6.9", "Health of looked-after children: up-to-date health assessments", .high, .percent,
             needs: [.oc2], numerator: "those whose OC2 record has HEALTH_ASSESSMENT = 1", denominator: oc2Cohort, """
            Of the children looked after continuously for at least 12 months at 31 March (looked after \
            that day, their period of care having started by the 1 April before; short breaks left out), \
            the share whose health assessment was up to date (OC2 HEALTH_ASSESSMENT = 1), as the DfE \
            publishes it. The return gives one answer a year, so the figure is the same every month \
            until the next 31 March; a child with no OC2 record counts as not up to date.
            """, ReturnMeasures.health { $0.healthAssessment }),
        make("6.10", "Health of looked-after children: up-to-date dental checks", .high, .percent,
             needs: [.oc2], numerator: "those whose OC2 record has TEETH_CHECK = 1", denominator: oc2Cohort, """
            Of the children looked after continuously for at least 12 months at 31 March (as 6.9), the \
            share whose teeth were checked by a dentist in the year (OC2 TEETH_CHECK = 1), as the DfE \
            publishes it. The same every month until the next 31 March; a child with no OC2 record \
            counts as not checked.
            """, ReturnMeasures.health { $0.teethCheck }),
    ]

    private static let leavers = "care leavers aged 19, 20 or 21 at the 31 March on or before the day, with an OC3 record (died or returned home left out)"

    private static let careLeavers: [Indicator] = [
        make("7.3", "% of care leavers in suitable accommodation", .high, .percent,
             needs: [.oc3], numerator: "those whose ACCOM ends in 1 (suitable)", denominator: leavers, """
            Of the care leavers aged 19 to 21 (their age at the 31 March ending the collection year, \
            i.e. on their birthday in it; the DfE's headline cohort), each with their latest OC3 record, \
            the share in accommodation judged suitable (ACCOM B1 to Z1). Those not in touch or with no \
            information count as not suitable, as the DfE counts them; those who died or returned home \
            for six months (IN_TOUCH DIED, RHOM) are left out.
            """, ReturnMeasures.careLeavers(\.suitablyAccommodated)),
        make("7.4", "% of care leavers in education, employment or training", .high, .percent,
             needs: [.oc3], numerator: "those whose ACTIV is F1, P1, F2, P2, F4, P4, F5 or P5", denominator: leavers, """
            Of the care leavers aged 19 to 21 (as 7.3), the share in education, employment or training \
            (ACTIV: higher or other education, training or employment, full or part time). Not in \
            touch or no information counts as not in EET, as the DfE counts it.
            """, ReturnMeasures.careLeavers(\.inEET)),
    ]

    private static let adopted = "children adopted in the period (a period of care ended with REC E11 or E12)"

    private static let adoption: [Indicator] = [
        make("10.1", "Number of adoptions", .high, .count, ytd: true, needs: [], numerator: adopted, """
            Children adopted in the period: each period of care that ended with an adoption order \
            (REC E11 or E12). Monthly figures add up to the financial year to date.
            """, ReturnMeasures.adoptions),
        make("10.2", "Number of adoptions completed within 12 months of SHOBPA", .high, .count, ytd: true,
             needs: [.placedForAdoption, .ad1], numerator: "adoptions on or before 12 months after the decision to place for adoption", """
            Of the children adopted in the period, how many were adopted within 12 months of the \
            decision that they should be placed for adoption (SHOBPA): the 903's DATE_PLACED (placed \
            for adoption table; the latest decision on or before the adoption), else AD1's DATE_INT. An \
            adoption with no decision date is not counted as within.
            """, ReturnMeasures.withinTwelveMonths(share: false)),
        make("10.3", "% of adoptions completed within 12 months of SHOBPA", .high, .percent, ytd: true,
             needs: [.placedForAdoption, .ad1], numerator: "adoptions within 12 months of the SHOBPA decision (10.2)", denominator: adopted, """
            Of the children adopted in the period (10.1), the share adopted within 12 months of the \
            decision that they should be placed for adoption (10.2).
            """, ReturnMeasures.withinTwelveMonths(share: true)),
        make("10.4", "Average days from entering care to adoptive placement (A1), rolling 12 months",
             .low, .averageDays, lookback: 12, needs: [], numerator: "the days, added up",
             denominator: "children adopted in the 12 months to the day with a placement for adoption (A3–A6)", """
            For the children adopted in the twelve months to the day, the average number of days from \
            the start of the period of care to moving in with the adoptive family: the start of the \
            placement (the stay with one carer) that became the adoptive placement (PLACE A3–A6), so a \
            child adopted by their foster carers counts from the day they moved in with them, as the \
            DfE's adoption scorecard measure A1 does.
            """, ReturnMeasures.averageDays(\.a1Days)),
        make("10.5", "Average days from placement order to match (A2), rolling 12 months",
             .low, .averageDays, lookback: 12, needs: [.ad1], numerator: "the days, added up",
             denominator: "children adopted in the 12 months to the day with a placement order and a match date", """
            For the children adopted in the twelve months to the day, the average number of days from \
            the court's authority to place (the first episode with legal status E1, a placement order, \
            or D1, a freeing order) to the match with the adopters (AD1 DATE_MATCH), as the DfE's \
            adoption scorecard measure A2. A match before the order counts as 0 days.
            """, ReturnMeasures.averageDays(\.a2Days)),
    ]

    private static let missing: [Indicator] = [
        make("missing_children", "Looked-after children who went missing", .info, .count, ytd: true,
             needs: [.missing], numerator: "children with a missing episode (MISSING = M) starting in the period", """
            How many children went missing from care (the 903 missing table, MISSING = M) at least once \
            in the period; each child once. Monthly figures are each month's children; the year to date \
            counts each child once over the year. Times away from placement without authorisation \
            (MISSING = A) are not counted (see missing_episodes()).
            """, ReturnMeasures.missing(children: true)),
        make("missing_episodes", "Missing-from-care episodes", .info, .count, ytd: true,
             needs: [.missing], numerator: "missing episodes (MISSING = M) starting in the period", """
            How many times looked-after children went missing (the 903 missing table, MISSING = M) in \
            the period, counted by the day each started.
            """, ReturnMeasures.missing(children: false)),
    ]
}

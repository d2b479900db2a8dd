extension IndicatorCatalogue {
    static let placements: [Indicator] = [
        Indicator(id: "8.1", name: "% of long-term looked-after children in placements stable for at least 2 years",
                  polarity: .high, unit: .percent, definition: """
            Of the children under 16 who have been looked after continuously for at least two and \
            a half years, the share who have lived in the same placement (with the same carer) for \
            at least two years, or who are placed for adoption where that placement and the one \
            before it together last two years. A child with no readable date of birth cannot be \
            shown to be under 16, so is not in the cohort.
            """, numerator: "those in the same placement for 2 years or more (or adoption + previous placement)",
                  denominator: "looked-after children under 16, in care continuously for 2½ years or more",
                  isYearToDate: false, thresholds: .none, measure: CareMeasures.longTermStability),
        Indicator(id: "8.2", name: "% of looked-after children with 3 or more placements, rolling 12 months",
                  polarity: .low, unit: .percent, definition: """
            Of the children looked after on the day, the share who had three or more placements in \
            the twelve months up to it: the placement they were in when the twelve months began, \
            plus each new placement (a change of carer, RNE P or B) started since. Changes of legal \
            status and moves with the same carer are not new placements; temporary moves (T0–T4: \
            hospital, holidays, carers' holidays) do not count at all.
            """, numerator: "those with 3 or more placements in the 12 months to the day", denominator: lac,
                  isYearToDate: false, thresholds: .none, lookbackMonths: 12, measure: CareMeasures.threeOrMorePlacements),
        share("8.3", "% of looked-after children in a family-based setting", .high,
              "those in foster care, placed for adoption or placed with parents", """
            Of the children looked after on the day, the share living in a family: foster care \
            (with the council's carers, connected persons or an agency), placed for adoption, or \
            placed with parents. The placement groups counted as family-based are set by the \
            placement mapping.
            """) { d, e, _ in CareMeasures.group(d, e).familyBased },
        share("8.4", "% of looked-after children placed with parents (P1)", .low,
              "those placed with parents or others with parental responsibility (PLACE P1)", """
            Of the children looked after on the day, the share placed with their parents or \
            others with parental responsibility (placement type P1) while still in care.
            """) { d, e, _ in d.episodes[e.episode].place == SSDA903Codes.withParents },
        share("8.5", "% of looked-after children in a commissioned placement", .low,
              "those in agency (IFA or other LA) foster care or an external children's home", """
            Of the children looked after on the day, the share in a placement the council buys \
            from another provider: agency fostering (an independent fostering agency or another \
            council) or an external children's home. Set by the placement mapping.
            """) { d, e, _ in CareMeasures.group(d, e).commissioned },
        Indicator(id: "9.1", name: "Number of looked-after children in a fostering placement", polarity: .high,
                  unit: .count, definition: """
            How many of the children looked after on the day are in foster care of any kind \
            (placement types U1–U6: relatives and friends, or other foster carers).
            """, numerator: "looked-after children in foster care (PLACE U1–U6)", denominator: nil,
                  isYearToDate: false, thresholds: .none,
                  measure: CareMeasures.lookedAfter(share: false) { d, e, _ in isFostering(d, e) }),
        share("9.2", "% of looked-after children in a fostering placement", .high,
              "those in foster care (PLACE U1–U6)", """
            Of the children looked after on the day, the share in foster care of any kind \
            (placement types U1–U6).
            """) { d, e, _ in isFostering(d, e) },
    ]

    private static let lac = "children looked after on the day (short breaks, V3/V4, left out)"

    private static func isFostering(_ d: CareDataSet, _ e: LookedAfterEntry) -> Bool {
        SSDA903Codes.fosterPlaces.contains(d.episodes[e.episode].place)
    }

    private static func share(_ id: String, _ name: String, _ polarity: Polarity, _ numerator: String,
                              _ definition: String,
                              _ test: @escaping @Sendable (CareDataSet, LookedAfterEntry, Day) -> Bool) -> Indicator {
        Indicator(id: id, name: name, polarity: polarity, unit: .percent, definition: definition,
                  numerator: numerator, denominator: lac, isYearToDate: false, thresholds: .none,
                  measure: CareMeasures.lookedAfter(share: true, test))
    }

    static let extras: [Indicator] = [
        Indicator(id: "admission_age", name: "Average age at admission", polarity: .info, unit: .years, definition: """
            The average age, in whole years on the day they came into care, of the children \
            admitted in the period (each period of care counts once). Children with no readable \
            date of birth are left out of both the ages and the admissions counted here.
            """, numerator: "the ages of the children admitted, added up",
                  denominator: "admissions in the period of children whose date of birth is known",
                  isYearToDate: true, thresholds: .none, measure: CareMeasures.admissionAge),
        Indicator(id: "net_change", name: "Net monthly change in looked-after children", polarity: .info, unit: .change,
                  definition: """
            How many more (or fewer) children are looked after on the day than a month before \
            (at a month end, the previous month end): admissions minus leavers, in effect. The \
            children counted are those who joined or left the count.
            """, numerator: "children looked after on the day", denominator: "children looked after a month before",
                  isYearToDate: false, thresholds: .none, measure: CareMeasures.netChange),
    ]
}

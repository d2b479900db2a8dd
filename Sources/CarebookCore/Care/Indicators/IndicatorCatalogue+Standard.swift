extension IndicatorCatalogue {
    /// The scorecard's indicators (seed 003, DOMAIN §4) with the default targets: the one place they are defined.
    public static let standard: IndicatorCatalogue = {
        let plain = IndicatorCatalogue(indicators: population + flows + placements + extras + fromReturn)
        do { return try plain.withTargets(SimpleCSV.table(defaultTargetsCSV, origin: "indicator-targets.csv")) } catch {
            preconditionFailure("the built-in targets do not parse: \(error)")
        }
    }()

    private static func make(_ id: String, _ name: String, _ polarity: Polarity, _ unit: IndicatorUnit,
                             ytd: Bool = false, numerator: String, denominator: String? = nil,
                             _ definition: String, _ measure: @escaping CareMeasures.Rule) -> Indicator {
        Indicator(id: id, name: name, polarity: polarity, unit: unit, definition: definition, numerator: numerator,
                  denominator: denominator, isYearToDate: ytd, thresholds: .none, measure: measure)
    }

    private static let lac = "children looked after on the day (short breaks, V3/V4, left out)"

    private static let population: [Indicator] = [
        make("6.1", "Number of looked-after children", .info, .count, numerator: lac, """
            How many children the council looks after on the day: every child with a 903 episode \
            open that day (started on or before it and not yet ended). Children on a series of \
            short breaks (legal status V3 or V4) are not counted.
            """, CareMeasures.lookedAfter),
        make("6.2", "Looked-after children per 10,000 population aged under 18", .low, .ratePer10000,
             numerator: lac, denominator: "the borough's population aged 0–17, ÷ 10,000", """
            The number looked after (6.1) for every 10,000 children living in the borough: \
            looked-after children ÷ population aged 0–17 × 10,000. This lets boroughs of \
            different sizes be compared; 522 looked after in 56,356 children is 92.6.
            """, CareMeasures.ratePer10000),
    ]

    private static let flows: [Indicator] = [
        make("6.3", "Admissions of looked-after children", .info, .count, ytd: true,
             numerator: "periods of care starting in the period", """
            Children who started to be looked after in the period: each new period of care \
            (an episode with RNE S, or any first episode after a gap) counts once. Monthly \
            figures add up to the financial year to date. Short-break care is not counted.
            """, CareMeasures.admissions),
        make("6.4", "Children who ceased to be looked after", .high, .count, ytd: true,
             numerator: "periods of care ending in the period", """
            Children who stopped being looked after in the period: each period of care that \
            ended (an episode ceased with a reason other than X1, 'new episode the same day'). \
            Monthly figures add up to the financial year to date.
            """, CareMeasures.leavers),
        make("6.5", "% ceased to be looked after due to permanence (SGO, CAO/RO, adoption)", .high, .percent, ytd: true,
             numerator: "leavers adopted (E11, E12), on an SGO (E43–E48) or a child arrangements/residence order (E41)",
             denominator: "all children who ceased to be looked after in the period", """
            Of the children who left care in the period, the share who left to a permanent \
            family: adopted, a special guardianship order, or a child arrangements (formerly \
            residence) order.
            """, CareMeasures.leavers { $0.isPermanence }),
        make("6.6", "% ceased to be looked after due to a special guardianship order", .high, .percent, ytd: true,
             numerator: "leavers on an SGO (REC E43–E48)", denominator: "all children who ceased to be looked after in the period", """
            Of the children who left care in the period, the share who left because a special \
            guardianship order was made (to former foster carers or to others).
            """, CareMeasures.leavers { $0 == .specialGuardianship }),
        make("6.8", "% of children leaving care who were adopted", .high, .percent, ytd: true,
             numerator: "leavers adopted (REC E11, E12)", denominator: "all children who ceased to be looked after in the period", """
            Of the children who left care in the period, the share who were adopted.
            """, CareMeasures.leavers { $0 == .adoption }),
    ]
}

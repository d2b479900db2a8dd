/// The bytes of the care data set's records that may hold only certain values, checked when an entry is read.
extension ByteRule {
    /// An optional date's nil mark at `offset` (the byte after the day number).
    static func optionalDay(at offset: Int) -> ByteRule {
        values([Day(number: 0), nil] as [Day?], byte: MemoryLayout<Day>.size, at: offset)
    }

    static let sex = [values([Sex.male, .female, .unknown], at: 0)]

    /// An episode's enums and codes: RNE always present; LS and PLACE blank when the return's code was
    /// not valid (the loader keeps such rows); CIN, provider, REC and the reason for a placement change
    /// may be blank; the placement group one of the mapping's.
    static func episode(groups: Int) -> [ByteRule] {
        let at = { (field: PartialKeyPath<Episode>) in MemoryLayout<Episode>.offset(of: field)! }
        return [
            optionalDay(at: at(\.end)),
            values(ReasonNewEpisode.allCases, at: at(\.rne)),
            code(SSDA903Codes.legalStatus, optional: true, at: at(\.legalStatus)),
            code(SSDA903Codes.categoryOfNeed, optional: true, at: at(\.categoryOfNeed)),
            code(SSDA903Codes.place, optional: true, at: at(\.place)),
            code(SSDA903Codes.provider, optional: true, at: at(\.provider)),
            code(SSDA903Codes.reasonCeased, optional: true, at: at(\.reasonCeased)),
            code(SSDA903Codes.reasonPlaceChange, optional: true, at: at(\.reasonPlaceChange)),
            count(groups, optional: false, at: at(\.group)),
            values([true, false, nil] as [Bool?], at: at(\.outOfArea)),
        ]
    }

    static let period = [
        optionalDay(at: MemoryLayout<PeriodOfCare>.offset(of: \.end)!),
        code(SSDA903Codes.reasonCeased, optional: true, at: MemoryLayout<PeriodOfCare>.offset(of: \.reasonCeased)!),
    ]

    static let placement = [optionalDay(at: MemoryLayout<Placement>.offset(of: \.end)!)]
}

/// The SSDA903 code indices and weighted code choices the simulation writes.
enum SynthCodes {
    static func rne(_ c: String) -> UInt8 { SSDA903Codes.rne.index(of: c)! }
    static func ls(_ c: String) -> UInt8 { SSDA903Codes.legalStatus.index(of: c)! }
    static func rec(_ c: String) -> UInt8 { SSDA903Codes.reasonCeased.index(of: c)! }
    static func place(_ c: String) -> UInt8 { SSDA903Codes.place.index(of: c)! }
    static func provider(_ c: String) -> UInt8 { SSDA903Codes.provider.index(of: c)! }

    static let started = rne("S"), legal = rne("L"), moved = rne("P"), sameCarer = rne("T")
    static let interim = ls("C1"), full = ls("C2"), placementOrder = ls("E1"), voluntary = ls("V2")
    static let policeProtection = ls("L1"), emergency = ls("L2"), remand = ls("J1")
    static let shortBreak = ls("V3"), shortBreakSeries = ls("V4")
    static let continued = SSDA903Codes.continuation

    /// A list of codes with weights, drawn by index.
    struct Choice: Sendable {
        let codes: [UInt8]
        let weights: [Double]

        init(_ list: CodeList, _ pairs: [(String, Double)]) {
            codes = pairs.map { list.index(of: $0.0)! }
            weights = pairs.map(\.1)
        }

        func draw(_ rng: inout SplitMix64) -> UInt8 { codes[rng.pick(weights)] }
    }

    static let needs = Choice(SSDA903Codes.categoryOfNeed, [
        ("N1", 62), ("N2", 3), ("N3", 3), ("N4", 8), ("N5", 14), ("N6", 3), ("N7", 0.5), ("N8", 2),
    ])
    static let placeChange = Choice(SSDA903Codes.reasonPlaceChange, [
        ("CARPL", 35), ("CREQB", 14), ("CREQO", 9), ("CHILD", 8), ("LAREQ", 9), ("PLACE", 5),
        ("STAND", 5), ("CLOSE", 4), ("ALLEG", 3), ("APPRR", 2), ("OTHER", 6),
    ])
    static let home = Choice(SSDA903Codes.reasonCeased, [("E4A", 68), ("E4B", 17), ("E13", 15)])
    static let otherExit = Choice(SSDA903Codes.reasonCeased, [
        ("E8", 55), ("E3", 27), ("E16", 5), ("E13", 4), ("E7", 2), ("E2", 1),
    ])
    static let independence = Choice(SSDA903Codes.reasonCeased, [("E5", 30), ("E6", 25), ("E17", 40), ("E7", 5)])
    static let adopted = Choice(SSDA903Codes.reasonCeased, [("E11", 88), ("E12", 12)])
    static let sgoFoster = Choice(SSDA903Codes.reasonCeased, [("E45", 70), ("E46", 30)])
    static let sgoOther = Choice(SSDA903Codes.reasonCeased, [("E47", 60), ("E48", 25), ("E45", 15)])
    static let remandEnd = Choice(SSDA903Codes.reasonCeased, [("E14", 75), ("E9", 25)])
    static let ethnicity = ["WBRI", "WOTH", "WIRT", "MWBC", "MWBA", "MWAS", "MOTH", "APKN", "AIND", "AOTH",
                            "BAFR", "BCRB", "CHNE", "OOTH", "REFU"]
    static let ethnicityWeights: [Double] = [74, 5, 0.5, 5, 1, 1.5, 1.5, 6, 0.5, 1, 1.5, 1, 0.2, 1, 0.3]
    static let uascEthnicityWeights: [Double] = [0, 0, 0, 0, 0, 0, 2, 0, 0, 35, 35, 0, 0, 28, 0]
}

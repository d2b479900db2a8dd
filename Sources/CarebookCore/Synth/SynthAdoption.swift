/// Month-by-month rates of the adoption path, which `Calibrator` tunes to the published adoption figures (10.1, 10.4, 10.5).
///
/// Each array holds one value per month of the window (month 0 is `SynthParameters.from`);
/// a day before the window takes month 0's value, a day after it the last month's. Empty
/// arrays keep the hand-set timing (the adoptive placement 240–480 days after entering care,
/// the placement order `placementOrderLead` days before it). Only children on the adoption
/// path read them, so the other children's draws are untouched.
///
/// With the arrays, an adoption-path child's dates are: the placement order at the end of
/// care proceedings (60–240 days, scaled by `orderScale`), the adoptive placement `orderDays`
/// later on average — most children (70%) in 0.1 to 0.5 times that mean, the hard to place
/// (30%) in 1.5 to 4.5 times it (rescaled so the mean holds), so A2 has the long tail the
/// seeds describe while most adoptions can still come within 12 months of the decision —
/// and for `rescindShare` of them no placement: the order is revoked (back to a full care
/// order, long-term care) 300–800 days after it was made.
public struct SynthAdoption: Sendable, Equatable {
    /// A multiplier on the adoption path's weight, by the month a child enters care (sets adoptions about 19 months later).
    public var pathScale: [Double] = []
    /// A multiplier on the days from entering care to the placement order, by the month the adoption is expected (with
    /// `orderDays` it sets A1).
    public var orderScale: [Double] = []
    /// Mean days from the placement order (E1) to the adoptive placement, by the month the adoption is expected
    /// (the room the match has: A2 runs from the order to a match before the placement).
    public var orderDays: [Double] = []
    /// The share of adoption-path children whose placement order is revoked before any placement.
    public var rescindShare = 0.1

    public init() {}

    /// True when the hand-set timing applies.
    public var isHandSet: Bool { orderDays.isEmpty }

    /// The share of adoption-path children who are hard to place (a long wait from order to placement).
    static let hardShare = 0.3
    /// The mean of the wait's multiplier before rescaling: 0.7 × 0.3 (0.1 to 0.5) + 0.3 × 3 (1.5 to 4.5).
    static let meanWait = 1.11
    /// Days from entering care to the adoption, before any scaling: order 150, placement 180 later, adopted 215 after.
    static let expectedDays = 545

    /// The value of `values` in the month of `day` (clamped to the window); `fallback` when empty.
    static func value(_ values: [Double], on day: Day, from: Day, fallback: Double) -> Double {
        guard !values.isEmpty else { return fallback }
        return values[month(of: day, from: from, count: values.count)]
    }

    /// The month index of `day` counted from `from`'s month, clamped to `0..<count`.
    static func month(of day: Day, from: Day, count: Int) -> Int {
        let (y, m, _) = day.components, (y0, m0, _) = from.components
        return min(max((y - y0) * 12 + (m - m0), 0), count - 1)
    }
}

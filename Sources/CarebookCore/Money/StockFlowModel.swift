/// A month-by-month stock-and-flow model of the care population by placement group and age band.
///
/// States are (placement group × age band); a child with no readable date of birth is in the band
/// `Unknown`, which has its own measured rates and never ages. Rates are measured from the data over
/// a reference window (by default the twelve months before the start):
/// admissions a month into each state; the monthly chance of leaving care, and of
/// moving to each other group, as events ÷ (mean month-end stock × months); and
/// ageing between bands, assuming ages are spread evenly within a band. The model
/// steps expected counts (not whole children) forward one month at a time.
/// (After data-to-insight's Children's Social Care Demand Model, DOMAIN §7.)
public struct StockFlowModel: Sendable {
    /// Placement group names, in the mapping's order.
    public var groups: [String]
    /// The month end the projection starts from (the stock on that day).
    public var start: Day
    /// The reference window the rates were measured over.
    public var window: DayRange
    /// Whole months in the window.
    public var windowMonths: Int
    /// Stock at `start`, by state (`group * bands + band`).
    public var initial: [Double]
    /// Mean month-end stock over the window, by state.
    public var meanStock: [Double]
    /// Admissions, leavers and moves out counted in the window, by state.
    public var admissionCounts: [Int]
    public var leaverCounts: [Int]
    /// Moves in the window from a state to each group: `moveCounts[state][group]`.
    public var moveCounts: [[Int]]

    public static let bands = AgeBand.allCases.count

    public init(groups: [String], start: Day, window: DayRange, windowMonths: Int, initial: [Double], meanStock: [Double],
                admissionCounts: [Int], leaverCounts: [Int], moveCounts: [[Int]]) {
        self.groups = groups
        self.start = start
        self.window = window
        self.windowMonths = windowMonths
        self.initial = initial
        self.meanStock = meanStock
        self.admissionCounts = admissionCounts
        self.leaverCounts = leaverCounts
        self.moveCounts = moveCounts
    }

    public var stateCount: Int { groups.count * Self.bands }

    public func state(group: Int, band: Int) -> Int { group * Self.bands + band }

    /// Admissions a month into a state.
    public func admissionRate(_ s: Int) -> Double { Double(admissionCounts[s]) / Double(windowMonths) }

    /// The monthly chance that a child in a state leaves care.
    public func leavingRate(_ s: Int) -> Double { perStock(leaverCounts[s], s) }

    /// The monthly chance that a child in a state moves to group `g`.
    public func moveRate(_ s: Int, to g: Int) -> Double { perStock(moveCounts[s][g], s) }

    /// The monthly chance of ageing out of a band into the next, with ages spread evenly: 1 ÷ (12 × years in the band);
    /// 0 for 16+ and `Unknown`.
    public static func ageingRate(band: Int) -> Double {
        let years: [Double] = [1, 4, 5, 6]
        return band < years.count ? 1 / (12 * years[band]) : 0
    }

    private func perStock(_ events: Int, _ s: Int) -> Double {
        meanStock[s] > 0 ? Double(events) / (meanStock[s] * Double(windowMonths)) : 0
    }

    /// The index of a group by name (matching as unit costs do); nil when unknown.
    public func groupIndex(_ name: String) -> Int? {
        let key = UnitCosts.key(name)
        return groups.firstIndex { UnitCosts.key($0) == key } ?? groups.firstIndex { UnitCosts.key($0).hasPrefix(key) }
    }
}

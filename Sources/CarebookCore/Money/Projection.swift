/// The result of projecting a stock-flow model: expected children by state at each month end, and their cost.
public struct Projection: Sendable {
    public var model: StockFlowModel
    public var scenario: ProjectionScenario
    /// The start (the measured stock) followed by each projected month end.
    public var monthEnds: [Day]
    /// Expected children by state at each month end.
    public var stocks: [[Double]]

    public init(model: StockFlowModel, scenario: ProjectionScenario, monthEnds: [Day], stocks: [[Double]]) {
        self.model = model
        self.scenario = scenario
        self.monthEnds = monthEnds
        self.stocks = stocks
    }

    /// Expected children by group at month `k`.
    public func byGroup(_ k: Int) -> [Double] {
        (0..<model.groups.count).map { g in
            (0..<StockFlowModel.bands).reduce(0) { $0 + stocks[k][model.state(group: g, band: $1)] }
        }
    }

    public func total(_ k: Int) -> Double { stocks[k].reduce(0, +) }

    /// The weekly cost of month `k`'s stock in pence (unrounded), or the groups with children and no unit cost.
    public func weeklyPence(_ k: Int, costs: UnitCosts) -> Result<Double, Diagnostic> {
        var lookup = UnitCostLookup(costs)
        return weeklyPence(k, &lookup)
    }

    /// As `weeklyPence(_:costs:)`, reusing the lookups already made for other months.
    func weeklyPence(_ k: Int, _ lookup: inout UnitCostLookup) -> Result<Double, Diagnostic> {
        var pence = 0.0
        var missing: [String] = []
        for s in stocks[k].indices where stocks[k][s] > 1e-9 {
            let g = model.groups[s / StockFlowModel.bands], band = AgeBand.allCases[s % StockFlowModel.bands].label
            guard let w = lookup.weekly(group: g, ageBand: band) else {
                if !missing.contains(g) { missing.append(g) }
                continue
            }
            pence += stocks[k][s] * Double(w.pence)
        }
        return missing.isEmpty ? .success(pence) : .failure(UnitCosts.uncostedError(missing))
    }

    /// The groups that hold children in any month, in the model's order.
    public var groupsUsed: [Int] {
        (0..<model.groups.count).filter { g in stocks.indices.contains { byGroup($0)[g] > 0.05 } }
    }

    /// Rounds an expected count to one decimal for display.
    static func tenth(_ x: Double) -> Double { (x * 10).rounded() / 10 }
}

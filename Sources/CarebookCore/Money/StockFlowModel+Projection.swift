extension StockFlowModel {
    /// Projects `months` month ends forward from `start` under a scenario (the baseline when unchanged).
    public func project(months: Int, scenario: ProjectionScenario = ProjectionScenario()) -> Projection {
        var ends = [start]
        var stocks = [initial]
        var stock = initial
        for k in 1...max(1, months) {
            let end = start.adding(months: k).endOfMonth
            stock = step(stock, scenario, from: ends.last!.adding(days: 1), to: end)
            ends.append(end)
            stocks.append(stock)
        }
        return Projection(model: self, scenario: scenario, monthEnds: ends, stocks: stocks)
    }

    /// One month: leaving, moves and ageing out of each state (from the month's opening stock), admissions in, then transfers on dates.
    func step(_ stock: [Double], _ scenario: ProjectionScenario, from: Day, to: Day) -> [Double] {
        var next = stock
        let scoped = scenario.group.flatMap(groupIndex)
        for s in 0..<stateCount where stock[s] > 0 {
            let g = s / Self.bands, b = s % Self.bands
            let adjust = scenario.group == nil || scoped == g
            let leave = adjust ? max(0, leavingRate(s) * scenario.leavingFactor + scenario.leavingAdd) : leavingRate(s)
            let moves = (0..<groups.count).map { h -> Double in
                guard h != g else { return 0 }
                let r = moveRate(s, to: h)
                return adjust && r > 0 ? max(0, r * scenario.moveFactor + scenario.moveAdd) : r
            }
            let age = Self.ageingRate(band: b)
            let total = leave + moves.reduce(0, +) + age
            let n = stock[s] * (total > 1 ? 1 / total : 1)
            next[s] -= n * total
            for h in moves.indices where moves[h] > 0 { next[state(group: h, band: b)] += n * moves[h] }
            if age > 0 { next[state(group: g, band: b + 1)] += n * age }
        }
        addAdmissions(&next, scenario)
        for t in scenario.transfers where t.date >= from && t.date <= to { apply(t, &next) }
        return next.map { max(0, $0) }
    }

    private func addAdmissions(_ next: inout [Double], _ scenario: ProjectionScenario) {
        let total = (0..<stateCount).reduce(0) { $0 + admissionRate($1) }
        guard total > 0 else { return }
        for s in 0..<stateCount {
            let rate = admissionRate(s)
            next[s] += max(0, rate * scenario.admissionFactor + scenario.admissionChangePerYear / 12 * rate / total)
        }
    }

    /// Moves `count` children out of a group, spread over its age bands by stock, into the same bands of another group (or out of care).
    private func apply(_ t: ProjectionScenario.Transfer, _ next: inout [Double]) {
        guard let g = groupIndex(t.from) else { return }
        let to = t.to.flatMap(groupIndex)
        let inGroup = (0..<Self.bands).reduce(0) { $0 + next[state(group: g, band: $1)] }
        guard inGroup > 0 else { return }
        let moved = min(t.count, inGroup)
        for b in 0..<Self.bands {
            let share = moved * next[state(group: g, band: b)] / inGroup
            next[state(group: g, band: b)] -= share
            if let to { next[state(group: to, band: b)] += share }
        }
    }
}

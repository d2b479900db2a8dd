/// Reconciles stock and flow targets into a month-by-month plan of admissions and stock for the simulation.
///
/// Published stocks and flows rarely add up (stock at the end ≠ stock at the
/// start + admissions − leavers), so the plan takes the closest consistent set:
/// least squares with each figure weighted by its tolerance, solved by
/// coordinate descent. Months without an admissions figure get admissions from
/// the pooled leaving rate plus the planned change in stock.
struct FlowPlan {
    /// Reconciled stock at each stock target date, in date order.
    var stocks: [(day: Day, value: Double)]
    /// Reconciled stock before corrections: what the simulation's output should measure.
    var reconciled: [(day: Day, value: Double)] = []
    /// Reconciled admissions for each flow window.
    var flows: [(from: Day, to: Day, admissions: Double)]
    /// Leavers per child in care per month, pooled over the flow windows.
    var leavingRate: Double

    /// One residual of the least-squares problem: constant + Σ coefficient × variable, with its weight.
    private struct Residual { var constant: Double; var terms: [(Int, Double)]; var weight: Double }

    /// Plans from the targets; `corrections` shift the planned stock on target dates (not the reconciled figures),
    /// to make up for what the simulation cannot follow exactly (children who must leave at 18, say).
    init(targets: CalibrationTargets, corrections: [Day: Double] = [:]) {
        let stockRows = targets.rows(.stock).sorted { $0.from < $1.from }
        let windows = targets.rows(.admissions).filter { $0.to != nil }
        var x = stockRows.map(\.value) + windows.map(\.value)
        var residuals: [Residual] = []
        for (k, t) in stockRows.enumerated() {
            residuals.append(Residual(constant: -x[k], terms: [(k, 1)], weight: FlowPlan.weight(t, t.value)))
        }
        for (j, w) in windows.enumerated() {
            let a = stockRows.count + j
            residuals.append(Residual(constant: -w.value, terms: [(a, 1)], weight: FlowPlan.weight(w, w.value)))
            guard let l = targets.rows(.leavers).first(where: { $0.from == w.from && $0.to == w.to }),
                  let s0 = stockRows.firstIndex(where: { $0.from == w.from.adding(days: -1) }),
                  let s1 = stockRows.firstIndex(where: { $0.from == w.to! }) else { continue }
            residuals.append(Residual(constant: -l.value, terms: [(a, 1), (s1, -1), (s0, 1)], weight: FlowPlan.weight(l, l.value)))
        }
        FlowPlan.solve(&x, residuals)
        stocks = stockRows.indices.map { (stockRows[$0].from, x[$0]) }
        reconciled = stocks
        for k in stocks.indices { stocks[k].value += corrections[stocks[k].day] ?? 0 }
        flows = windows.indices.map { (windows[$0].from, windows[$0].to!, x[stockRows.count + $0]) }
        leavingRate = 0.03
        leavingRate = pooledLeavingRate()
    }

    private static func weight(_ t: CalibrationTarget, _ value: Double) -> Double {
        let sigma: Double
        switch t.tolerance {
        case let .relative(r): sigma = max(abs(value) * r / 100, 0.5)
        case let .points(p), let .absolute(p): sigma = max(p, 0.5)
        }
        return 1 / (sigma * sigma)
    }

    /// Coordinate descent on Σ weight × residual².
    private static func solve(_ x: inout [Double], _ residuals: [Residual]) {
        for _ in 0..<400 {
            for v in x.indices {
                var num = 0.0, den = 0.0
                for r in residuals {
                    guard let c = r.terms.first(where: { $0.0 == v })?.1 else { continue }
                    let value = r.constant + r.terms.reduce(0) { $0 + $1.1 * x[$1.0] }
                    num += r.weight * c * value
                    den += r.weight * c * c
                }
                if den > 0 { x[v] -= num / den }
            }
        }
    }

    /// Leavers per child-month over the flow windows (3% a month when there are none).
    private func pooledLeavingRate() -> Double {
        var leavers = 0.0, childMonths = 0.0
        for f in flows {
            let s0 = stock(on: f.from.adding(days: -1)), s1 = stock(on: f.to)
            let months = Double(f.to.number - f.from.number + 1) / 30.44
            leavers += f.admissions - (s1 - s0)
            childMonths += (s0 + s1) / 2 * months
        }
        return childMonths > 0 && leavers > 0 ? leavers / childMonths : 0.03
    }

    /// The planned stock on a day: linear between reconciled figures, extrapolated before the first and flat after the last.
    func stock(on day: Day) -> Double {
        guard let first = stocks.first else { return 0 }
        if day <= first.day {
            guard stocks.count > 1 else { return first.value }
            let slope = (stocks[1].value - first.value) / Double(stocks[1].day.number - first.day.number)
            return max(1, first.value + slope * Double(day.number - first.day.number))
        }
        for (a, b) in zip(stocks, stocks.dropFirst()) where day <= b.day {
            return a.value + (b.value - a.value) * Double(day.number - a.day.number) / Double(b.day.number - a.day.number)
        }
        return stocks.last!.value
    }

    /// Admissions and end-of-month stock for each month of the window, and the stock on the day before it starts.
    func monthly(from: Day, to: Day) -> (admissions: [Double], stock: [Double], initial: Double) {
        let months = SynthParameters.months(from: from, to: to)
        var admissions: [Double] = [], stock: [Double] = []
        var previous = self.stock(on: from.adding(days: -1))
        for m in 0..<months {
            let start = from.adding(months: m), end = min(from.adding(months: m + 1).adding(days: -1), to)
            let s = self.stock(on: end)
            if let f = flows.first(where: { $0.from <= start && end <= $0.to }) {
                let share = Double(end.number - start.number + 1) / Double(f.to.number - f.from.number + 1)
                admissions.append(f.admissions * share)
            } else {
                admissions.append(max(leavingRate * s * 0.3, leavingRate * s + (s - previous)))
            }
            stock.append(s)
            previous = s
        }
        return (admissions, stock, self.stock(on: from.adding(days: -1)))
    }
}

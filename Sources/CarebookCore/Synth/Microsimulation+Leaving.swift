import Foundation

extension Microsimulation {
    /// Chooses exactly enough leavers to bring the number in care down to `planned`, weighted by `exitWeight`.
    ///
    /// Order sampling: each child draws its own uniform u and gets the key
    /// log(u) / weight; the children with the largest keys leave. The count is
    /// exact, and a change to one child's weight moves few other choices.
    mutating func leave(toward planned: Int) {
        var keys: [(key: Double, child: Int32)] = []
        keys.reserveCapacity(inCare.count)
        for c in inCare {
            let u = max(children[Int(c)].rng.unit(), 1e-300)
            let w = exitWeight(Int(c))
            if w > 0 { keys.append((log(u) / w, c)) }
        }
        let k = min(inCare.count - planned, keys.count)
        guard k > 0 else { return }
        Microsimulation.selectLargest(&keys, k)
        for c in keys.prefix(k).map(\.child).sorted() {
            let c = Int(c)
            guard let day = Microsimulation.day(after: earliest(c), through: monthEnd, &children[c].rng) else { continue }
            end(c, on: day, reason: exitReason(c))
        }
    }

    /// Moves the `k` entries with the largest keys (ties: lower child first) to the front, in no particular order (quickselect).
    static func selectLargest(_ a: inout [(key: Double, child: Int32)], _ k: Int) {
        func before(_ x: (key: Double, child: Int32), _ y: (key: Double, child: Int32)) -> Bool {
            x.key != y.key ? x.key > y.key : x.child < y.child
        }
        var lo = 0, hi = a.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            let pivot = a[mid]
            a.swapAt(mid, hi)
            var store = lo
            for i in lo..<hi where before(a[i], pivot) {
                a.swapAt(i, store)
                store += 1
            }
            a.swapAt(store, hi)
            if store == k - 1 || store == k { return }
            if store < k { lo = store + 1 } else { hi = store - 1 }
        }
    }

    /// How likely a child is to leave this month relative to others: by path and months in care, scaled by age band.
    func exitWeight(_ c: Int) -> Double {
        let child = children[c]
        guard child.scheduledExit == nil, child.lastStart < monthEnd else { return 0 }
        let months = SynthChild.months(from: child.periodStart, to: monthStart)
        var w: Double
        switch child.path {
        case .home: w = months < 2 ? 3 : months < 6 ? 1.5 : months < 12 ? 0.8 : 0.4
        case .specialGuardianship, .childArrangements: w = months < 8 ? 0.02 : 0.6
        case .adoption: w = 0.004
        case .longTerm: w = 0.012
        case .other: w = months < 3 ? 1 : 0.4
        }
        if child.group == .withParents { w *= 1.5 }
        return w * parameters.leaveAgeScale[child.band(on: monthStart)]
    }

    /// The REC of a child leaving on their path: home, CAO, SGO (to foster carers or others), or another reason.
    mutating func exitReason(_ c: Int) -> UInt8 {
        let child = children[c]
        var rng = child.rng
        defer { children[c].rng = rng }
        switch child.path {
        case .home:
            return child.group == .withParents ? SynthCodes.rec("E4A") : SynthCodes.home.draw(&rng)
        case .childArrangements:
            return SynthCodes.rec("E41")
        case .specialGuardianship:
            if child.group == .inHouseFostering || child.group == .agencyFostering { return SynthCodes.sgoFoster.draw(&rng) }
            if child.group == .connectedFostering && rng.chance(0.5) { return SynthCodes.sgoFoster.draw(&rng) }
            return SynthCodes.sgoOther.draw(&rng)
        case .adoption, .longTerm, .other:
            if child.uasc && rng.chance(0.15) { return SynthCodes.rec("E15") }
            return SynthCodes.otherExit.draw(&rng)
        }
    }
}

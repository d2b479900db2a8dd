extension Microsimulation {
    /// Starts a period of care on `day`: path, legal status, category of need and first placement (a sibling's if placed together).
    mutating func startCare(_ c: Int, on day: Day, siblingOf sibling: Int?) {
        var child = children[c]
        let band = child.band(on: day)
        if let sibling, children[sibling].inCare {
            child.path = children[sibling].path
        } else {
            var weights = zip(parameters.pathWeights[band], parameters.pathScale).map(*)
            weights[SynthPath.adoption.rawValue] *= SynthAdoption.value(parameters.adoption.pathScale, on: day,
                                                                         from: parameters.from, fallback: 1)
            child.path = child.uasc ? .longTerm : SynthPath(rawValue: child.rng.pick(weights))!
        }
        child.inCare = true
        child.periodStart = day
        child.placementStart = day
        child.adoptiveMove = nil
        child.placementOrder = nil
        child.rescind = nil
        child.adoptiveStay = nil
        child.scheduledExit = nil
        if child.mother && child.motherChildDOB == nil { child.motherChildDOB = day.adding(days: 20 + child.rng.below(300)) }
        children[c] = child
        let status = entryStatus(c, on: day)
        let need = child.uasc ? SSDA903Codes.categoryOfNeed.index(of: "N8")! : entryNeed(c, status: status, on: day)
        let placement = sibling.flatMap { s in
            children[s].inCare && children[c].rng.chance(0.75) ? episodes[children[s].current] : nil
        }
        let group = placement.map { _ in children[sibling!].group } ?? firstPlacement(c, status: status, on: day)
        open(c, on: day, rne: SynthCodes.started) { e in
            e.legalStatus = status
            e.categoryOfNeed = need
        }
        if let placement {
            let e = children[c].current
            episodes[e].place = placement.place
            episodes[e].provider = placement.provider
            episodes[e].placePost = placement.placePost
            children[c].group = group
        } else {
            setPlacement(c, group, episode: children[c].current)
        }
        schedule(c, status: status, on: day)
        inCare.append(Int32(c))
    }

    /// The legal status a child comes into care under.
    mutating func entryStatus(_ c: Int, on day: Day) -> UInt8 {
        let child = children[c]
        if child.uasc { return SynthCodes.voluntary }
        let age = child.age(on: day)
        var rng = child.rng
        defer { children[c].rng = rng }
        if age >= 10 && rng.chance(0.025) { return SynthCodes.remand }
        let voluntary: Double
        switch child.path {
        case .adoption, .specialGuardianship: voluntary = 0.1
        case .home, .childArrangements: voluntary = age >= 16 ? 0.75 : 0.45
        case .longTerm, .other: voluntary = age >= 16 ? 0.7 : 0.3
        }
        let v = voluntary * parameters.voluntaryScale
        let u = rng.unit()
        if u < min(0.95, v) { return SynthCodes.voluntary }
        if rng.chance(0.09) { return rng.chance(0.6) ? SynthCodes.policeProtection : SynthCodes.emergency }
        return SynthCodes.interim
    }

    /// The category of need at admission (older children are more often in acute stress or dysfunctional families).
    mutating func entryNeed(_ c: Int, status: UInt8, on day: Day) -> UInt8 {
        if status == SynthCodes.remand { return SSDA903Codes.categoryOfNeed.index(of: "N6")! }
        if children[c].age(on: day) >= 12 && children[c].rng.chance(0.25) {
            return SSDA903Codes.categoryOfNeed.index(of: children[c].rng.chance(0.5) ? "N5" : "N4")!
        }
        return SynthCodes.needs.draw(&children[c].rng)
    }

    /// The first placement's group: remands go to secure, custody or a children's home.
    mutating func firstPlacement(_ c: Int, status: UInt8, on day: Day) -> SynthPlacement {
        if status == SynthCodes.remand {
            return [SynthPlacement.secure, .custody, .commissionedHome][children[c].rng.pick([3, 4, 3])]
        }
        return drawPlacement(c, on: day, status: status, current: nil)
    }

    /// Dates fixed at admission: the adoptive placement and the placement order before it, the end of a remand.
    mutating func schedule(_ c: Int, status: UInt8, on day: Day) {
        if status == SynthCodes.remand {
            children[c].scheduledExit = day.adding(days: 20 + children[c].rng.below(100))
            children[c].scheduledReason = SynthCodes.remandEnd.draw(&children[c].rng)
        } else if children[c].path == .adoption {
            scheduleAdoption(c, on: day)
        }
    }

    /// The adoption path's dates: the adoptive placement 240–480 days after entering care (hand-set), or as `SynthAdoption`
    /// sets them: the placement order, the placement after it (none when the order is to be revoked) and the stay placed
    /// before the adoption order (most 70–220 days, a quarter 250–650, scaled by `adoptiveStayScale`).
    mutating func scheduleAdoption(_ c: Int, on day: Day) {
        let days = 240 + children[c].rng.below(240)
        let timing = parameters.adoption
        guard !timing.isHandSet else {
            children[c].adoptiveMove = day.adding(days: days)
            return
        }
        let proceedings = Double(60 + children[c].rng.below(180))
        let u = children[c].rng.unit()
        let wait = (children[c].rng.chance(SynthAdoption.hardShare) ? 1.5 + 3 * u : 0.1 + 0.4 * u) / SynthAdoption.meanWait
        let stay = parameters.adoptiveStayScale
            * Double(children[c].rng.chance(0.75) ? 70 + children[c].rng.below(150) : 250 + children[c].rng.below(400))
        // The month the adoption is expected, found twice so the scales read are (nearly) those of the adoption's month.
        var expected = day.adding(days: SynthAdoption.expectedDays)
        var order = day, move = day
        for _ in 0..<2 {
            let o = proceedings * SynthAdoption.value(timing.orderScale, on: expected, from: parameters.from, fallback: 1)
            let g = wait * SynthAdoption.value(timing.orderDays, on: expected, from: parameters.from, fallback: 180)
            order = day.adding(days: max(30, Int(o.rounded())))
            move = order.adding(days: max(1, Int(g.rounded())))
            expected = move.adding(days: Int(stay.rounded()))
        }
        children[c].placementOrder = order
        children[c].adoptiveStay = Int32(stay.rounded())
        if children[c].rng.chance(timing.rescindShare) {
            children[c].rescind = order.adding(days: 300 + children[c].rng.below(500))
        } else {
            children[c].adoptiveMove = move
        }
    }
}

extension Microsimulation {
    /// One child's month in care: exits on fixed dates, legal status changes, the adoptive move and placement moves.
    mutating func step(_ c: Int) {
        let child = children[c]
        var exit: (day: Day, reason: UInt8)?
        let eighteen = child.eighteenth
        if eighteen <= monthEnd { exit = (eighteen, reasonAt18(c)) }
        if let d = child.scheduledExit, d <= monthEnd, d < exit?.day ?? monthEnd.adding(days: 1) {
            exit = (d, child.scheduledReason)
        }
        let last = exit.map { $0.day.adding(days: -1) } ?? monthEnd
        legalChange(c, through: last)
        adoptiveMove(c, through: last)
        placementChange(c, through: last)
        if let exit { end(c, on: max(exit.day, earliest(c).adding(days: 1)), reason: exit.reason) }
    }

    /// The REC of a young person leaving care at 18: independent living, staying put or adult services, else other.
    mutating func reasonAt18(_ c: Int) -> UInt8 {
        children[c].rng.chance(parameters.independenceAt18)
            ? SynthCodes.independence.draw(&children[c].rng) : SynthCodes.rec("E8")
    }

    /// Ends a period of care on `day`.
    mutating func end(_ c: Int, on day: Day, reason: UInt8) {
        close(c, on: day, reason: reason)
        children[c].inCare = false
        children[c].lastLeft = day
        children[c].scheduledExit = nil
        children[c].adoptiveMove = nil
        children[c].placementOrder = nil
        children[c].rescind = nil
        children[c].adoptiveStay = nil
        if children[c].path == .home && children[c].age(on: day) < 16 { returned.append(Int32(c)) }
    }

    /// At most one legal status change this month (RNE L).
    mutating func legalChange(_ c: Int, through last: Day) {
        let child = children[c]
        let status = episodes[child.current].legalStatus
        let months = SynthChild.months(from: child.periodStart, to: monthStart)
        var next: UInt8?
        var latest = last
        var rng = child.rng
        defer { children[c].rng = rng }
        if child.path == .adoption, let order = child.placementOrder, status != SynthCodes.placementOrder, order <= last {
            let day = max(order, earliest(c).adding(days: 1))
            if day <= last { open(c, on: day, rne: SynthCodes.legal) { $0.legalStatus = SynthCodes.placementOrder } }
            return
        }
        if child.path == .adoption, let rescind = child.rescind, status == SynthCodes.placementOrder, rescind <= last {
            let day = max(rescind, earliest(c).adding(days: 1))
            guard day <= last else { return }
            open(c, on: day, rne: SynthCodes.legal) { $0.legalStatus = SynthCodes.full }
            children[c].path = .longTerm
            children[c].rescind = nil
            return
        }
        if status == SynthCodes.policeProtection || status == SynthCodes.emergency {
            next = rng.chance(0.7) ? SynthCodes.interim : SynthCodes.voluntary
            latest = min(last, earliest(c).adding(days: 3 + rng.below(18)))
        } else if child.path == .adoption, child.placementOrder == nil, let move = child.adoptiveMove,
                  status != SynthCodes.placementOrder,
                  move.adding(days: -Int(parameters.placementOrderLead)) <= last {
            next = SynthCodes.placementOrder
            latest = min(last, move.adding(days: -1))
        } else if status == SynthCodes.interim, months >= 4, rng.chance(parameters.interimToFull) {
            next = SynthCodes.full
        } else if status == SynthCodes.voluntary, !child.uasc {
            let firm = child.path == .adoption || child.path == .specialGuardianship || child.path == .longTerm
            if rng.chance(firm ? 0.05 : 0.01) { next = SynthCodes.interim }
        }
        guard let next, let day = Microsimulation.day(after: earliest(c), through: latest, &rng) else { return }
        children[c].rng = rng
        open(c, on: day, rne: SynthCodes.legal) { $0.legalStatus = next }
        rng = children[c].rng
    }

    /// An adoption-path child moves to the adoptive placement on the planned day, and is adopted some months later.
    mutating func adoptiveMove(_ c: Int, through last: Day) {
        guard let planned = children[c].adoptiveMove, planned <= last else { return }
        let day = max(planned, earliest(c).adding(days: 1))
        guard day <= last else { return }
        if episodes[children[c].current].legalStatus != SynthCodes.placementOrder {
            open(c, on: day.adding(days: -1) > children[c].lastStart ? day.adding(days: -1) : day, rne: SynthCodes.legal) {
                $0.legalStatus = SynthCodes.placementOrder
            }
        }
        let moveDay = max(day, earliest(c).adding(days: 1))
        guard moveDay <= last else { return }
        move(c, to: .placedForAdoption, on: moveDay, reason: SSDA903Codes.reasonPlaceChange.index(of: "CARPL")!)
        children[c].adoptiveMove = nil
        let stay = children[c].adoptiveStay.map(Int.init)
            ?? Int(parameters.adoptiveStayScale * Double(100 + children[c].rng.below(230)))
        children[c].scheduledExit = moveDay.adding(days: max(1, stay))
        children[c].scheduledReason = SynthCodes.adopted.draw(&children[c].rng)
    }

    /// A placement move (RNE P), or a foster placement becoming long-term with the same carer (RNE T).
    mutating func placementChange(_ c: Int, through last: Day) {
        let chance = moveChance(c)
        var rng = children[c].rng
        let u = rng.unit()
        children[c].rng = rng
        if u < chance {
            guard let day = Microsimulation.day(after: earliest(c), through: last, &children[c].rng) else { return }
            let status = episodes[children[c].current].legalStatus
            let group = drawPlacement(c, on: day, status: status, current: children[c].group)
            move(c, to: group, on: day, reason: SynthCodes.placeChange.draw(&children[c].rng))
        } else if u < chance + 0.07 {
            becomeLongTerm(c, through: last)
        }
    }

    /// A short-term foster placement (U3, U6) becomes long-term with the same carer (U1, U4) after nine months.
    mutating func becomeLongTerm(_ c: Int, through last: Day) {
        let child = children[c]
        guard child.path == .longTerm || child.path == .specialGuardianship,
              SynthChild.months(from: child.placementStart, to: monthStart) >= 9 else { return }
        let place = episodes[child.current].place
        let longTerm: UInt8
        if place == SynthCodes.place("U6") { longTerm = SynthCodes.place("U4") }
        else if place == SynthCodes.place("U3") { longTerm = SynthCodes.place("U1") }
        else { return }
        guard let day = Microsimulation.day(after: earliest(c), through: last, &children[c].rng) else { return }
        open(c, on: day, rne: SynthCodes.sameCarer) { $0.place = longTerm }
    }
}

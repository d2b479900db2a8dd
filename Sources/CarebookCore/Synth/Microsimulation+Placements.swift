extension Microsimulation {
    /// Draws a placement group for a child on `day`, from the age band's weights, the time trend and the child's path.
    mutating func drawPlacement(_ c: Int, on day: Day, status: UInt8, current: SynthPlacement?) -> SynthPlacement {
        let child = children[c]
        let band = child.band(on: day)
        var w = zip(parameters.placementWeights[band], placementScale).map(*)
        w[SynthPlacement.placedForAdoption.rawValue] = 0
        if status == SynthCodes.voluntary || !(child.path == .home || child.path == .childArrangements) {
            w[SynthPlacement.withParents.rawValue] = 0
        }
        if child.path == .specialGuardianship || child.path == .childArrangements {
            w[SynthPlacement.connectedFostering.rawValue] *= 4
        }
        if child.uasc {
            for g in SynthPlacement.allCases where !(g == .agencyFostering || g == .independentLiving
                || g == .inHouseFostering) { w[g.rawValue] = 0 }
            if child.age(on: day) >= 16 { w[SynthPlacement.independentLiving.rawValue] *= 3 }
        }
        if let current, current.isFostering && child.path != .other {
            // Children in foster care mostly move to another foster home.
            for g in SynthPlacement.allCases where !g.isFostering { w[g.rawValue] *= 0.5 }
        }
        return SynthPlacement(rawValue: children[c].rng.pick(w))!
    }

    /// Writes a placement group into an episode: PLACE, PLACE_PROVIDER and a placement postcode in or out of the borough.
    mutating func setPlacement(_ c: Int, _ group: SynthPlacement, episode e: Int) {
        var rng = children[c].rng
        defer { children[c].rng = rng }
        let place = SynthCodes.place(group.places[rng.pick(group.places.map(\.weight))].code)
        episodes[e].place = place
        let providers = group.providers
        episodes[e].provider = SSDA903Codes.placesWithoutProvider.contains(place) ? CodeList.none
            : SynthCodes.provider(providers[rng.pick(providers.map(\.weight))].code)
        if group == .withParents, children[c].home != 0 {
            episodes[e].placePost = children[c].home
        } else {
            episodes[e].placePost = SynthPostcodes.draw(inBorough: !rng.chance(group.outOfAreaChance), rng: &rng)
        }
        children[c].group = group
    }

    /// Moves a child to a new placement (RNE P) on `day`.
    mutating func move(_ c: Int, to group: SynthPlacement, on day: Day, reason: UInt8) {
        open(c, on: day, rne: SynthCodes.moved) { $0.reasonPlaceChange = reason }
        setPlacement(c, group, episode: children[c].current)
        children[c].placementStart = day
    }

    /// The monthly chance of a placement move, by time in the placement and kind of placement.
    func moveChance(_ c: Int) -> Double {
        let child = children[c]
        let months = SynthChild.months(from: child.placementStart, to: monthStart)
        var h: Double
        switch months {
        case ..<3: h = 0.05 * parameters.earlyMoveScale
        case ..<12: h = 0.03 * parameters.earlyMoveScale
        case ..<24: h = 0.016 * parameters.lateMoveScale
        default: h = 0.008 * parameters.lateMoveScale
        }
        switch child.group {
        case .placedForAdoption, .custody: return 0
        case .withParents: h *= 0.3
        case .commissionedHome, .inHouseHome, .secure, .independentLiving, .other: h *= 1.6
        default: break
        }
        if child.isTenOrOver(on: monthStart) { h *= 1.3 }
        return min(h, 0.9)
    }
}

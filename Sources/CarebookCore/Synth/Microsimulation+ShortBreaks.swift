extension Microsimulation {
    /// Short breaks for disabled children (V3 single breaks, V4 agreements), kept apart from the looked-after count.
    mutating func shortBreakMonth() {
        let target = Int(Double(inCare.count) * parameters.shortBreakShare)
        shortBreakers.removeAll { c in
            let child = children[Int(c)]
            return child.age(on: monthStart) >= 17 || (child.scheduledExit ?? monthStart) < monthStart && breaks.chance(0.02)
        }
        while shortBreakers.count < target {
            shortBreakSerial += 1
            let c = newChild(age: 5 + breaks.below(11), uasc: false, stream: (1 << 40) + shortBreakSerial)
            children[c].shortBreaks = true
            children[c].path = breaks.chance(0.7) ? .longTerm : .home     // long-term: V4 agreements; home: V3 breaks
            children[c].scheduledExit = monthStart.adding(days: -1)
            shortBreakers.append(Int32(c))
        }
        for c in shortBreakers { shortBreak(Int(c)) }
    }

    /// This month's short break of one child, if any: a new V4 agreement when the last has ended, or a V3 stay of a few nights.
    mutating func shortBreak(_ c: Int) {
        let lastEnd = children[c].scheduledExit ?? monthStart.adding(days: -1)
        guard lastEnd < monthEnd else { return }
        let agreement = children[c].path == .longTerm
        if !agreement && !children[c].rng.chance(0.5) { return }
        let after = max(lastEnd, monthStart.adding(days: -1))
        guard let start = agreement && lastEnd >= monthStart.adding(days: -1) ? lastEnd.adding(days: 1)
                : Microsimulation.day(after: after, through: monthEnd, &children[c].rng) else { return }
        let length = agreement ? 180 + children[c].rng.below(185) : 1 + children[c].rng.below(4)
        let end = start.adding(days: length)
        let inFoster = children[c].rng.chance(0.5)
        let episode = SynthEpisode(
            child: Int32(c), start: start, end: end > parameters.to ? SynthEpisode.openEnd : end, rne: SynthCodes.started,
            legalStatus: agreement ? SynthCodes.shortBreakSeries : SynthCodes.shortBreak,
            categoryOfNeed: SSDA903Codes.categoryOfNeed.index(of: "N2")!,
            place: SynthCodes.place(inFoster ? "U6" : "K2"), provider: SynthCodes.provider("PR1"),
            reasonCeased: end > parameters.to ? CodeList.none : SynthCodes.rec("E4A"),
            reasonPlaceChange: CodeList.none, homePost: children[c].home,
            placePost: SynthPostcodes.draw(inBorough: true, rng: &children[c].rng))
        episodes.append(episode)
        children[c].lastStart = start
        children[c].scheduledExit = end
    }
}

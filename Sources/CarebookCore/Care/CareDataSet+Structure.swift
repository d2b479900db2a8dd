extension CareDataSet {
    /// Builds the per-child indexes, periods of care and placements from the sorted, repaired episodes.
    mutating func buildStructure() {
        childEpisodes = Array(repeating: 0..<0, count: children.count)
        childPeriods = Array(repeating: 0..<0, count: children.count)
        childPlacements = Array(repeating: 0..<0, count: children.count)
        episodePeriod = Array(repeating: -1, count: episodes.count)
        episodePlacement = Array(repeating: -1, count: episodes.count)
        var i = 0
        while i < episodes.count {
            let child = episodes[i].child
            var j = i
            while j < episodes.count && episodes[j].child == child { j += 1 }
            childEpisodes[Int(child)] = i..<j
            let firstPeriod = periods.count, firstPlacement = placements.count
            buildPeriods(i..<j)
            childPeriods[Int(child)] = firstPeriod..<periods.count
            childPlacements[Int(child)] = firstPlacement..<placements.count
            i = j
        }
    }

    /// Splits a child's episodes into periods of care: a period goes on while each episode ends X1 and the next starts that day.
    private mutating func buildPeriods(_ range: Range<Int>) {
        var start = range.lowerBound
        for k in range {
            let continues = k + 1 < range.upperBound && episodes[k].isContinued && episodes[k + 1].start == episodes[k].end
            if continues { continue }
            let last = episodes[k]
            periods.append(PeriodOfCare(child: last.child, start: episodes[start].start, end: last.end,
                                        episodes: start..<(k + 1), reasonCeased: last.reasonCeased))
            for e in start...k { episodePeriod[e] = Int32(periods.count - 1) }
            buildPlacements(start..<(k + 1), period: periods.count - 1)
            start = k + 1
        }
    }

    /// Splits a period's episodes into placements (see `Placement`).
    private mutating func buildPlacements(_ range: Range<Int>, period: Int) {
        let first = placements.count
        var anchor: Int?          // the last non-temporary episode
        for k in range {
            let e = episodes[k]
            if e.isTemporary {
                if anchor != nil { episodePlacement[k] = Int32(placements.count - 1) }
                continue
            }
            if anchor == nil || startsPlacement(k, after: anchor!) {
                if placements.count > first { placements[placements.count - 1].end = e.start }
                placements.append(Placement(child: e.child, period: Int32(period), start: e.start, end: nil, episodes: k..<k))
            }
            episodePlacement[k] = Int32(placements.count - 1)
            anchor = k
        }
        if placements.count > first { placements[placements.count - 1].end = periods[period].end }
        // A placement's first member is the episode that opened it; stretch each to its last member.
        for k in range where episodePlacement[k] >= Int32(first) {
            let p = Int(episodePlacement[k])
            placements[p].episodes = placements[p].episodes.lowerBound..<(k + 1)
        }
    }

    /// True when episode `k` starts a new placement: RNE P or B, unless it returns to the carer of `anchor` after a temporary move.
    private func startsPlacement(_ k: Int, after anchor: Int) -> Bool {
        let e = episodes[k]
        guard e.rne.changesCarer else { return false }
        let afterTemporary = k > 0 && episodes[k - 1].isTemporary
        if afterTemporary {
            let a = episodes[anchor]
            if a.place == e.place && a.provider == e.provider && a.district == e.district { return false }
        }
        return true
    }
}

extension CareDataSet {
    /// Sorts episodes by child and DECOM and keeps one of each (CHILD, DECOM): the one with a DEC, then the later file's.
    ///
    /// A later return's closed copy thus supersedes an earlier open one; an episode open in every
    /// return that holds it stays open. `provisional` are the open episodes whose REC was ignored
    /// (rule 148): those kept are counted.
    mutating func removeDuplicates(provisional: Set<RowSource> = []) {
        episodes.sort { a, b in
            if a.child != b.child { return a.child < b.child }
            if a.start != b.start { return a.start < b.start }
            if (a.end == nil) != (b.end == nil) { return a.end != nil }
            if a.source.file != b.source.file { return a.source.file > b.source.file }
            return a.source.line < b.source.line
        }
        var kept: [Episode] = []
        kept.reserveCapacity(episodes.count)
        for e in episodes {
            if let last = kept.last, last.child == e.child, last.start == e.start { continue }
            kept.append(e)
        }
        count(.duplicateEpisodeRemoved, episodes.count - kept.count)
        episodes = kept
        if !provisional.isEmpty {
            count(.openWithReason, episodes.reduce(0) { $0 + ($1.end == nil && provisional.contains($1.source) ? 1 : 0) })
        }
    }

    /// Closes an episode that is open, or ends after the next one starts, at the next start (rules 142 and 501).
    ///
    /// An open episode closed this way gets REC X1 (the child stayed in care); an overlapping
    /// one keeps its REC.
    mutating func closeOverlaps() {
        guard episodes.count > 1 else { return }
        var open = 0, overlaps = 0
        for i in 0..<(episodes.count - 1) where episodes[i].child == episodes[i + 1].child {
            let next = episodes[i + 1].start
            let id = children[Int(episodes[i].child)].id
            if episodes[i].end == nil {
                issue(episodes[i].source, id, "episode has no DEC but the next starts on \(next.uk); closed then",
                      rule: "142", .repaired)
                episodes[i].end = next
                episodes[i].reasonCeased = SSDA903Codes.continuation
                open += 1
            } else if let end = episodes[i].end, end > next {
                issue(episodes[i].source, id, "DEC \(end.uk) is after the next episode starts on \(next.uk); closed then",
                      rule: "501", .repaired)
                episodes[i].end = next
                overlaps += 1
            }
        }
        count(.openEpisodeClosed, open)
        count(.overlapClosed, overlaps)
    }

    /// Reports REC X1 with no episode starting the same day (rule 388).
    ///
    /// The period of care ends at DEC (the child is not looked after after it, as the DfE counts),
    /// but X1 is no reason for leaving: such a period is never a leaver (see `leavingPeriods`).
    mutating func checkContinuations() {
        var n = 0
        for i in episodes.indices where episodes[i].isContinued {
            let continued = i + 1 < episodes.count && episodes[i + 1].child == episodes[i].child
                && episodes[i + 1].start == episodes[i].end
            if !continued {
                issue(episodes[i].source, children[Int(episodes[i].child)].id,
                      "REC X1 but no episode starts on \(episodes[i].end?.uk ?? "its DEC"); "
                        + "looked after until then, not counted as a leaver", rule: "388", .interpreted)
                n += 1
            }
        }
        count(.continuationMissing, n)
    }

    /// Sets each episode's placement group and out-of-area flag from the mapping and district list.
    mutating func classify() {
        let outside: [Bool?] = districts.map { d in inBoroughDistricts.map { !$0.contains(d) } }
        for i in episodes.indices {
            let e = episodes[i]
            episodes[i].group = mapping.group(place: e.place, provider: e.provider)
            episodes[i].outOfArea = e.district < 0 ? nil : outside[Int(e.district)]
        }
    }

    /// The same data with another placement mapping or district list (groups and out-of-area recomputed).
    public func remapped(mapping: PlacementMapping, inBoroughDistricts: Set<String>?) -> CareDataSet {
        var copy = self
        copy.mapping = mapping
        copy.inBoroughDistricts = inBoroughDistricts.map { Set($0.map { $0.trimmingSpaces.uppercased() }) }
        copy.classify()
        return copy
    }
}

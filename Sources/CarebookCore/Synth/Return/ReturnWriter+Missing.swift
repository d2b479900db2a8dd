import Foundation

/// One episode of a looked-after child missing (M) or away without authorisation (A).
struct PlannedMissing: Sendable {
    var child: Int32
    var start: Day
    /// Nil when the child is still missing at the end of the data.
    var end: Day?
    var missing: Bool
}

extension ReturnWriter {
    /// Missing and away episodes, not calibrated (the seeds publish no figure): each year a looked-after
    /// child of 12 or over goes missing with the set chance (a tenth of it when younger), then
    /// has one to a dozen episodes (mean about four) of a few days, one after another, within the
    /// period of care and the return year; a third are "away" (A) rather than missing (M).
    func missingPlan() -> [PlannedMissing] {
        var out: [PlannedMissing] = []
        let last = writer.result.parameters.to
        for (y, year) in years.enumerated() {
            for (n, p) in periods.enumerated() where p.daysWithin(year.start, year.end) > 0 {
                var r = rng(.missing, p.child, UInt64(y) << 16 | UInt64(n - byChild[Int(p.child)].lowerBound))
                let from = max(p.start, year.start), to = min(p.end ?? year.end, year.end)
                let age = dob(p.child).age(on: from)
                guard age >= 5, r.chance(age >= 12 ? settings.missingTeen : settings.missingTeen / 10) else { continue }
                let span = Int(to.number - from.number) + 1
                var starts = Set<Int32>()
                for _ in 0..<(1 + min(11, Int(-log(max(r.unit(), 1e-12)) * 3))) { starts.insert(from.number + Int32(r.below(span))) }
                var free = from
                for s in starts.sorted() where Day(number: s) >= free {
                    let start = Day(number: s)
                    let days = r.chance(0.7) ? r.below(2) : 1 + r.below(14)
                    // Within the period of care and the return year (rules 571, 577); the next starts after this ends (574).
                    let end = min(start.adding(days: days), to)
                    out.append(PlannedMissing(child: p.child, start: start, end: end <= last ? end : nil, missing: !r.chance(0.33)))
                    free = end.adding(days: 1)
                }
            }
        }
        out.sort { $0.child != $1.child ? $0.child < $1.child : $0.start < $1.start }
        return out
    }

    /// The missing file of a return year: CHILD, DOB, MISSING (M or A), MIS_START, MIS_END, for episodes starting in it.
    func missingFile(_ plan: [PlannedMissing], year: ReturnYear) -> [UInt8] {
        var out = Array("CHILD,DOB,MISSING,MIS_START,MIS_END\n".utf8)
        for m in plan where year.contains(m.start) {
            appendChild(m.child, &out)
            out.append(UInt8(ascii: m.missing ? "M" : "A"))
            out.append(ReturnWriter.comma)
            EpisodeWriter.appendDay(m.start, &out)
            out.append(ReturnWriter.comma)
            if let end = m.end { EpisodeWriter.appendDay(end, &out) }
            out.append(ReturnWriter.newline)
        }
        return out
    }
}

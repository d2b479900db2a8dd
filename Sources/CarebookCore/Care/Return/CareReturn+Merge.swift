extension CareReturn {
    /// Merges several years' files: one row per key, the last read (the later return's) kept; counts what was replaced.
    ///
    /// Reviews are keyed by child and date, missing episodes and social-worker episodes by child and
    /// start, decisions to place for adoption by child and decision date; OC2, OC3, AD1, UASC and
    /// previous permanence by child alone (a care leaver's latest OC3 record, the latest AD1).
    mutating func merge() {
        reviews = Self.lastPerKey(reviews, &replaced) { "\($0.child)\u{1}\($0.date.number)" }
            .sorted { ($0.child, $0.date.number) < ($1.child, $1.date.number) }
        missing = Self.lastPerKey(missing, &replaced) { "\($0.child)\u{1}\($0.start.number)" }
            .sorted { ($0.child, $0.start.number) < ($1.child, $1.start.number) }
        socialWorkers = Self.lastPerKey(socialWorkers, &replaced) { "\($0.child)\u{1}\($0.start.number)" }
            .sorted { ($0.child, $0.start.number) < ($1.child, $1.start.number) }
        placedForAdoption = Self.lastPerKey(placedForAdoption, &replaced) {
            "\($0.child)\u{1}" + ($0.decision.map { String($0.number) } ?? "line \($0.source.file) \($0.source.line)")
        }
        health = Self.lastPerKey(health, &replaced) { $0.child }
        careLeavers = Self.lastPerKey(careLeavers, &replaced) { $0.child }
        adoptions = Self.lastPerKey(adoptions, &replaced) { $0.child }
        uasc = Self.lastPerKey(uasc, &replaced) { $0.child }
        previousPermanence = Self.lastPerKey(previousPermanence, &replaced) { $0.child }
    }

    /// The records with one per key: the last one read, at the place of the first (so a file's order is kept).
    static func lastPerKey<R>(_ records: [R], _ replaced: inout Int, key: (R) -> String) -> [R] {
        var at: [String: Int] = [:]
        var out: [R] = []
        out.reserveCapacity(records.count)
        for r in records {
            let k = key(r)
            if let i = at[k] {
                out[i] = r
                replaced += 1
            } else {
                at[k] = out.count
                out.append(r)
            }
        }
        return out
    }
}

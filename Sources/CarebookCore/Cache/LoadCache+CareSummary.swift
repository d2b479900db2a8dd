extension CacheWriter {
    /// A data set's summary, at the head of its entry, so that a `load` can report it without reading the data set.
    mutating func careSummary(_ s: CareDataSummary) {
        int(s.children)
        int(s.episodes)
        bool(s.span != nil)
        raw([s.span?.from ?? Day(number: 0), s.span?.to ?? Day(number: 0)])
        int(s.files)
        ruleCounts(s.excluded)
        strings(s.repairs.map(\.kind.rawValue))
        raw(s.repairs.map(\.count))
        int(s.childrenWithoutDOB)
        ruleCounts(s.warnings)
    }

    private mutating func ruleCounts(_ counts: [CareDataSummary.RuleCount]) {
        strings(counts.map(\.rule))
        raw(counts.map(\.count))
        strings(counts.map(\.outcome.rawValue))
    }
}

extension CacheReader {
    /// A data set's summary as `careSummary(_:)` wrote it.
    mutating func careSummary() throws -> CareDataSummary {
        let children = try int(), episodes = try int(), hasSpan = try bool(), ends: [Day] = try raw(), files = try int()
        guard ends.count == 2 else { throw CacheDamage() }
        let excluded = try ruleCounts()
        let kinds = try strings(), counts: [Int] = try raw()
        guard kinds.count == counts.count else { throw CacheDamage() }
        let repairs = try kinds.indices.map {
            CareRepair(kind: try CareRepair.Kind(rawValue: kinds[$0]) ?? { throw CacheDamage() }(), count: counts[$0])
        }
        let ageless = try int()
        let warnings = try ruleCounts()
        return CareDataSummary(children: children, episodes: episodes, span: hasSpan ? DayRange(from: ends[0], to: ends[1]) : nil,
                               files: files, excluded: excluded, repairs: repairs, childrenWithoutDOB: ageless,
                               warnings: warnings)
    }

    private mutating func ruleCounts() throws -> [CareDataSummary.RuleCount] {
        let rules = try strings(), counts: [Int] = try raw(), outcomes = try strings()
        guard rules.count == counts.count, rules.count == outcomes.count else { throw CacheDamage() }
        return try rules.indices.map {
            CareDataSummary.RuleCount(rule: rules[$0], count: counts[$0],
                                      outcome: try CareIssue.Outcome(rawValue: outcomes[$0]) ?? { throw CacheDamage() }())
        }
    }
}

/// One file behind a data set: its table, the name it was loaded as, and its cache key (nil when unknown).
public struct CareSourceFile: Sendable {
    public var table: Table
    public var file: String
    public var key: String?
    /// The file's resolved absolute path (what its cache entries are grouped by).
    public var resolved = ""
}

extension LoadCache {
    /// The key of a data set's entry: every source file's key in order, the placement mapping and the borough's districts.
    static func careKey(headers: [CareSourceFile], episodes: [CareSourceFile], mapping: PlacementMapping,
                        districts: Set<String>?) -> String? {
        // The loader's format version: bumped when the same files build a different data set
        // (3: rows breaking rules 143, 144, 148, 149, 178, 356 and 388 kept and interpreted, not excluded;
        // 4: children with no readable DOB or no header row, and rows with a PLACE not valid, kept too;
        // 5: the entry opens with the typed summary, not its text;
        // 6: an earlier header's rule 102 issue says when a later header's DOB is used).
        var parts = ["care 6"]
        for (kind, files) in [("header", headers), ("episodes", episodes)] {
            for f in files {
                guard let key = f.key else { return nil }
                parts.append("\(kind) \(key)")
            }
        }
        parts.append("mapping \(mapping)")
        parts.append("districts " + (districts.map { $0.sorted().joined(separator: ",") } ?? "none"))
        return parts.joined(separator: "\n")
    }

    /// What an entry for a data set is for: its files' resolved paths. A new entry for the same files
    /// replaces it (they were edited, or the mapping changed).
    static func careIdentity(headers: [CareSourceFile], episodes: [CareSourceFile]) -> String {
        "care\n" + (headers + episodes).map(\.resolved).joined(separator: "\n")
    }

    /// How the user knows a data set: "the data set of header.csv, episodes.csv".
    static func careShown(headers: [CareSourceFile], episodes: [CareSourceFile]) -> String {
        "the data set of " + (headers + episodes).map(\.file).joined(separator: ", ")
    }

    /// The data set built from these files, from the cache when it holds it, else built and kept.
    func careData(headers: [CareSourceFile], episodes: [CareSourceFile], mapping: PlacementMapping,
                  districts: Set<String>?) -> CareDataSet {
        let build = {
            CareDataSet.build(headers: headers.map { ($0.table, $0.file) }, episodes: episodes.map { ($0.table, $0.file) },
                              mapping: mapping, inBoroughDistricts: districts)
        }
        let rows = (headers + episodes).reduce(0) { $0 + $1.table.rowCount }
        guard directory != nil, rows * 64 >= minimumBytes,
              let key = Self.careKey(headers: headers, episodes: episodes, mapping: mapping, districts: districts)
        else { return build() }
        let identity = Self.careIdentity(headers: headers, episodes: episodes)
        if let cached = read(.careData, key: key, identity: identity, shown: Self.careShown(headers: headers, episodes: episodes), { r in
            _ = try r.careSummary()
            try r.checkpoint()
            return try r.careData(mapping: mapping)
        }) {
            return cached
        }
        let data = build()
        write(.careData, key: key, identity: identity) { w in
            w.careSummary(data.summary)
            w.checkpoint()
            w.careData(data)
        }
        return data
    }

    /// The summary of the data set these files make, when the cache holds it (read without reading the data set).
    func careSummary(headers: [CareSourceFile], episodes: [CareSourceFile], mapping: PlacementMapping,
                     districts: Set<String>?) -> CareDataSummary? {
        guard directory != nil,
              let key = Self.careKey(headers: headers, episodes: episodes, mapping: mapping, districts: districts)
        else { return nil }
        return peek(.careData, key: key, identity: Self.careIdentity(headers: headers, episodes: episodes)) { r in
            let summary = try r.careSummary()
            try r.checkpoint()
            return summary
        }
    }
}

extension CacheWriter {
    mutating func careData(_ d: CareDataSet) {
        strings(d.files)
        strings(d.children.map(\.id))
        raw(d.children.map(\.sex))
        // An unknown DOB as a flag beside a placeholder day, so the dates stay raw bytes.
        raw(d.children.map { $0.dob ?? Day(number: 0) })
        raw(d.children.map { UInt8($0.dob == nil ? 0 : 1) })
        optionalStrings(d.children.map(\.ethnicity))
        raw(d.children.map(\.source))
        raw(d.episodes)
        raw(d.periods)
        raw(d.placements)
        strings(d.districts)
        bool(d.inBoroughDistricts != nil)
        strings(d.inBoroughDistricts.map { $0.sorted() } ?? [])
        strings(d.issues.map(\.file))
        raw(d.issues.map(\.line))
        optionalStrings(d.issues.map(\.child))
        strings(d.issues.map(\.message))
        strings(d.issues.map(\.rule))
        strings(d.issues.map(\.outcome.rawValue))
        strings(d.repairs.map(\.kind.rawValue))
        raw(d.repairs.map(\.count))
        raw(d.rowsRead)
        raw(d.childEpisodes)
        raw(d.childPeriods)
        raw(d.childPlacements)
        raw(d.episodePlacement)
        raw(d.episodePeriod)
    }
}

extension CacheReader {
    /// A data set as `careData(_:)` wrote it; the mapping is the one its key was made with.
    mutating func careData(mapping: PlacementMapping) throws -> CareDataSet {
        var d = CareDataSet()
        d.mapping = mapping
        d.files = try strings()
        let ids = try strings(), sexes: [Sex] = try raw(checking: ByteRule.sex), dobs: [Day] = try raw(), known: [UInt8] = try raw()
        let ethnicities = try optionalStrings(), sources: [RowSource] = try raw()
        guard [sexes.count, dobs.count, known.count, ethnicities.count, sources.count].allSatisfy({ $0 == ids.count })
        else { throw CacheDamage() }
        d.children = ids.indices.map {
            CareChild(id: ids[$0], sex: sexes[$0], dob: known[$0] != 0 ? dobs[$0] : nil, ethnicity: ethnicities[$0], source: sources[$0])
        }
        d.episodes = try raw(checking: ByteRule.episode(groups: mapping.groups.count))
        d.periods = try raw(checking: ByteRule.period)
        d.placements = try raw(checking: ByteRule.placement)
        d.districts = try strings()
        let hasDistricts = try bool()
        let inBorough = try strings()
        d.inBoroughDistricts = hasDistricts ? Set(inBorough) : nil
        d.issues = try issues()
        let kinds = try strings(), counts: [Int] = try raw()
        guard kinds.count == counts.count else { throw CacheDamage() }
        d.repairs = try kinds.indices.map {
            CareRepair(kind: try CareRepair.Kind(rawValue: kinds[$0]) ?? { throw CacheDamage() }(), count: counts[$0])
        }
        d.rowsRead = try raw()
        // No index by CHILD: `child(id:)` searches instead (nothing else needs it once the data set is built).
        d.childEpisodes = try raw()
        d.childPeriods = try raw()
        d.childPlacements = try raw()
        d.episodePlacement = try raw()
        d.episodePeriod = try raw()
        try d.checkIndexes()
        return d
    }

    private mutating func issues() throws -> [CareIssue] {
        let files = try strings(), lines: [Int] = try raw(), children = try optionalStrings()
        let messages = try strings(), rules = try strings(), outcomes = try strings()
        guard [lines.count, children.count, messages.count, rules.count, outcomes.count].allSatisfy({ $0 == files.count })
        else { throw CacheDamage() }
        return try files.indices.map {
            CareIssue(file: files[$0], line: lines[$0], child: children[$0], message: messages[$0], rule: rules[$0],
                      outcome: try CareIssue.Outcome(rawValue: outcomes[$0]) ?? { throw CacheDamage() }())
        }
    }
}

extension CareDataSet {
    /// Checks the indexes read from a cache entry point inside the data, so a damaged entry cannot crash a query.
    fileprivate func checkIndexes() throws {
        let n = episodes.count, p = periods.count, q = placements.count, c = children.count
        // Ranges read as raw memory may be reversed (lower above upper), which no Range may be (found by fuzzing).
        let ranges = [childEpisodes, childPeriods, childPlacements, periods.map(\.episodes), placements.map(\.episodes)]
        guard ranges.allSatisfy({ $0.allSatisfy { $0.lowerBound <= $0.upperBound } }) else { throw CacheDamage() }
        guard childEpisodes.count == c, childPeriods.count == c, childPlacements.count == c,
              episodePlacement.count == n, episodePeriod.count == n,
              childEpisodes.allSatisfy({ $0.lowerBound >= 0 && $0.upperBound <= n }),
              childPeriods.allSatisfy({ $0.lowerBound >= 0 && $0.upperBound <= p }),
              childPlacements.allSatisfy({ $0.lowerBound >= 0 && $0.upperBound <= q }),
              episodes.allSatisfy({ $0.child >= 0 && Int($0.child) < c && Int($0.source.file) < files.count
                                    && $0.district >= -1 && Int($0.district) < districts.count }),
              periods.allSatisfy({ $0.episodes.lowerBound >= 0 && $0.episodes.upperBound <= n }),
              placements.allSatisfy({ $0.episodes.lowerBound >= 0 && $0.episodes.upperBound <= n }),
              episodePlacement.allSatisfy({ $0 >= -1 && Int($0) < q }), episodePeriod.allSatisfy({ $0 >= -1 && Int($0) < p })
        else { throw CacheDamage() }
    }
}

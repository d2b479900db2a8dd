extension CareDataSet {
    /// Builds a data set from 903 header and episodes tables (several years' files may be given).
    ///
    /// Validation reports, analysis keeps: a row is excluded only when the fields analysis needs
    /// cannot be read; other rule failures are reported in `issues` and the row kept, read in the
    /// most faithful way (counted in `repairs`). Duplicate episodes across years are removed (a
    /// closed copy superseding an open one) and overlaps closed at the next start.
    public static func build(headers: [(table: Table, file: String)], episodes: [(table: Table, file: String)],
                             mapping: PlacementMapping = .default, inBoroughDistricts: Set<String>? = nil) -> CareDataSet {
        var data = CareDataSet()
        data.mapping = mapping
        data.inBoroughDistricts = inBoroughDistricts.map { Set($0.map { $0.trimmingSpaces.uppercased() }) }
        for (table, name) in headers { data.readHeader(table, name) }
        // Counted once every header is read: a later year's readable DOB replaces an unreadable one, and back.
        data.count(.dobUnreadable, data.children.reduce(0) { $0 + ($1.dob == nil ? 1 : 0) })
        var raw: [RawEpisode] = []
        var keys = EpisodeKeys()
        var provisional: Set<RowSource> = []
        for (table, name) in episodes { data.readEpisodes(table, name, keys: &keys, into: &raw, provisional: &provisional) }
        data.join(raw, keys)
        data.removeDuplicates(provisional: provisional)
        data.closeOverlaps()
        data.checkContinuations()
        data.classify()
        data.buildStructure()
        data.issues.sort { ($0.file, $0.line) < ($1.file, $1.line) }
        return data
    }

    mutating func addFile(_ name: String, rows: Int) -> UInt16 {
        files.append(name)
        rowsRead.append(rows)
        return UInt16(files.count - 1)
    }

    private mutating func readHeader(_ table: Table, _ name: String) {
        let file = addFile(name, rows: table.rowCount)
        var sink = IssueSink(file: name)
        let rows = HeaderRows(table)
        let (read, keys) = rows.read(file: file, into: &sink)
        if children.isEmpty {
            children = read
            childIndex = rows.index(ofChildrenWithKeys: keys)
            issues += sink.issues
            return
        }
        childIndex.reserveCapacity(childIndex.count + read.count)
        children.reserveCapacity(children.count + read.count)
        for var child in read {
            let next = Int32(children.count)
            if let i = childIndex.updateValue(next, forKey: child.id) {
                childIndex[child.id] = i
                if child.dob == nil, let earlier = children[Int(i)].dob {
                    child.dob = earlier
                    sink.keptEarlierDOB(line: Int(child.source.line), earlier)
                }
                children[Int(i)] = child     // a later year's header row replaces an earlier one
            } else {
                children.append(child)
            }
        }
        issues += sink.issues
    }

    /// Reads a file's valid rows onto `raw`, their CHILD and district turned into `keys`' shared keys.
    ///
    /// `provisional` gathers the open episodes whose REC was ignored, counted once duplicates are removed.
    private mutating func readEpisodes(_ table: Table, _ name: String, keys: inout EpisodeKeys, into raw: inout [RawEpisode],
                                       provisional: inout Set<RowSource>) {
        let file = addFile(name, rows: table.rowCount)
        var sink = IssueSink(file: name)
        let rows = EpisodeRows(table)
        let read = rows.read(file: file, into: &sink)
        let ids = keys.idKeys(rows.child.values, childIndex: childIndex)
        let districts = keys.districtKeys(rows.districts)
        raw.reserveCapacity(raw.count + read.count)
        for var r in read {
            r.child = ids[Int(r.child)]
            r.district = r.district < 0 ? -1 : districts[Int(r.district)]
            raw.append(r)
        }
        issues += sink.issues
        for kind in CareRepair.Kind.allCases where kind != .openWithReason { count(kind, sink.interpretations[kind] ?? 0) }
        for line in sink.openWithReason { provisional.insert(RowSource(file: file, line: line)) }
    }

    /// Joins rows to their children and checks they start after birth.
    ///
    /// Validation reports, analysis keeps: a child not in the header (INT03) is added with sex and
    /// DOB unknown; an episode starting before the child's DOB (302) is kept and the DOB taken as
    /// wrong (unknown), since the episode's dates are what the counts need.
    private mutating func join(_ raw: [RawEpisode], _ keys: EpisodeKeys) {
        var added: [Int32: (child: Int32, count: Int)] = [:]
        var districtOf = [Int32](repeating: -1, count: keys.districts.count)
        var bornAfter = 0
        episodes.reserveCapacity(raw.count)
        for r in raw {
            var c = keys.children[Int(r.child)]
            if c < 0 { c = addChild(r, keys, &added) }
            if let dob = children[Int(c)].dob, r.start < dob {
                issue(r.source, keys.ids[Int(r.child)], "DECOM \(r.start.uk) is before the child's DOB \(dob.uk); "
                      + "the episode kept, the DOB taken as wrong (age unknown)", rule: "302", .interpreted)
                children[Int(c)].dob = nil
                bornAfter += 1
            }
            var district: Int32 = -1
            if r.district >= 0 {
                district = districtOf[Int(r.district)]
                if district < 0 {
                    district = Int32(districts.count)
                    districts.append(keys.districts[Int(r.district)])
                    districtOf[Int(r.district)] = district
                }
            }
            episodes.append(Episode(child: c, start: r.start, end: r.end, rne: r.rne, legalStatus: r.legalStatus,
                                    categoryOfNeed: r.categoryOfNeed, place: r.place, provider: r.provider,
                                    reasonCeased: r.reasonCeased, reasonPlaceChange: r.reasonPlaceChange,
                                    district: district, group: 0, outOfArea: nil, source: r.source))
        }
        for (key, a) in added {
            let child = children[Int(a.child)]
            let what = a.count == 1 ? "its episode is" : "its \(a.count) episodes are"
            issue(child.source, keys.ids[Int(key)], "CHILD is not in the header (or its header row was excluded); "
                  + "\(what) kept, the child's sex and DOB unknown", rule: "INT03", .interpreted)
        }
        count(.childNotInHeader, added.count)
        count(.startBeforeBirth, bornAfter)
    }

    /// The child of an episode whose CHILD is in no header, added (sex and DOB unknown) at its first episode.
    private mutating func addChild(_ r: RawEpisode, _ keys: EpisodeKeys, _ added: inout [Int32: (child: Int32, count: Int)]) -> Int32 {
        if let a = added[r.child] {
            added[r.child]!.count += 1
            return a.child
        }
        let c = Int32(children.count)
        let id = keys.ids[Int(r.child)]
        children.append(CareChild(id: id, sex: .unknown, dob: nil, source: r.source))
        childIndex[id] = c
        added[r.child] = (c, 1)
        return c
    }

    mutating func issue(_ source: RowSource, _ child: String?, _ message: String, rule: String,
                        _ outcome: CareIssue.Outcome) {
        issues.append(CareIssue(file: files[Int(source.file)], line: Int(source.line), child: child,
                                message: message, rule: rule, outcome: outcome))
    }

    mutating func count(_ kind: CareRepair.Kind, _ n: Int) {
        guard n > 0 else { return }
        if let i = repairs.firstIndex(where: { $0.kind == kind }) { repairs[i].count += n }
        else { repairs.append(CareRepair(kind: kind, count: n)) }
    }
}

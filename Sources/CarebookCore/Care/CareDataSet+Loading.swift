extension CareDataSet {
    /// Builds a data set from 903 header and episodes tables (several years' files may be given).
    ///
    /// Rows failing the DfE checks are excluded and reported in `issues`; duplicate
    /// episodes across years are removed and overlaps closed at the next start
    /// (counted in `repairs`); the rest loads.
    public static func build(headers: [(table: Table, file: String)], episodes: [(table: Table, file: String)],
                             mapping: PlacementMapping = .default, inBoroughDistricts: Set<String>? = nil) -> CareDataSet {
        var data = CareDataSet()
        data.mapping = mapping
        data.inBoroughDistricts = inBoroughDistricts.map { Set($0.map { $0.trimmingSpaces.uppercased() }) }
        for (table, name) in headers { data.readHeader(table, name) }
        var raw: [RawEpisode] = []
        for (table, name) in episodes { raw += data.readEpisodes(table, name) }
        data.join(raw)
        data.removeDuplicates()
        data.closeOverlaps()
        data.checkContinuations()
        data.classify()
        data.buildStructure()
        data.issues.sort { ($0.file, $0.line) < ($1.file, $1.line) }
        return data
    }

    private mutating func addFile(_ name: String, rows: Int) -> UInt16 {
        files.append(name)
        rowsRead.append(rows)
        return UInt16(files.count - 1)
    }

    private mutating func readHeader(_ table: Table, _ name: String) {
        let file = addFile(name, rows: table.rowCount)
        var sink = IssueSink(file: name)
        for child in HeaderRows(table).read(file: file, into: &sink) {
            if let i = childIndex[child.id] {
                children[Int(i)] = child     // a later year's header row replaces an earlier one
            } else {
                childIndex[child.id] = Int32(children.count)
                children.append(child)
            }
        }
        issues += sink.issues
    }

    private mutating func readEpisodes(_ table: Table, _ name: String) -> [RawEpisode] {
        let file = addFile(name, rows: table.rowCount)
        var sink = IssueSink(file: name)
        let rows = EpisodeRows(table).read(file: file, into: &sink)
        issues += sink.issues
        return rows
    }

    /// Joins rows to their children (INT03) and checks they start after birth (302).
    private mutating func join(_ raw: [RawEpisode]) {
        var missing: [String: (first: RawEpisode, count: Int)] = [:]
        var districtIndex: [String: Int32] = [:]
        episodes.reserveCapacity(raw.count)
        for r in raw {
            guard let c = childIndex[r.childID] else {
                missing[r.childID, default: (r, 0)].count += 1
                continue
            }
            let dob = children[Int(c)].dob
            if r.start < dob {
                issue(r.source, r.childID, "DECOM \(r.start.uk) is before the child's DOB \(dob.uk)", rule: "302", .excluded)
                continue
            }
            var district: Int32 = -1
            if let d = r.district {
                district = districtIndex[d] ?? { districts.append(d); return Int32(districts.count - 1) }()
                districtIndex[d] = district
            }
            episodes.append(Episode(child: c, start: r.start, end: r.end, rne: r.rne, legalStatus: r.legalStatus,
                                    categoryOfNeed: r.categoryOfNeed, place: r.place, provider: r.provider,
                                    reasonCeased: r.reasonCeased, reasonPlaceChange: r.reasonPlaceChange,
                                    district: district, group: 0, outOfArea: nil, source: r.source))
        }
        for (id, m) in missing {
            let what = m.count == 1 ? "its episode is" : "its \(m.count) episodes are"
            issue(m.first.source, id, "CHILD is not in the header (or its header row was excluded); \(what) excluded",
                  rule: "INT03", .excluded)
        }
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

/// Reads and checks the rows of one 903 episodes table (rules 141, 143–149, 178, 356, 1009).
struct EpisodeRows {
    let rows: Int
    let child: [String?]
    let start, end: [DateCell]
    let rne, ls, cin, place, provider, rec, rpc: [UInt8?]
    let district: [String?]
    let table: Table

    init(_ table: Table) {
        let n = table.rowCount
        rows = n
        child = FieldReader(table, "CHILD").map(n) { $0 }
        start = FieldReader(table, "DECOM").days(n)
        end = FieldReader(table, "DEC").days(n)
        rne = FieldReader(table, "RNE").codes(n, in: SSDA903Codes.rne)
        ls = FieldReader(table, "LS").codes(n, in: SSDA903Codes.legalStatus)
        cin = FieldReader(table, "CIN").codes(n, in: SSDA903Codes.categoryOfNeed)
        place = FieldReader(table, "PLACE").codes(n, in: SSDA903Codes.place)
        provider = FieldReader(table, "PLACE_PROVIDER").codes(n, in: SSDA903Codes.provider)
        rec = FieldReader(table, "REC").codes(n, in: SSDA903Codes.reasonCeased)
        rpc = FieldReader(table, "REASON_PLACE_CHANGE").codes(n, in: SSDA903Codes.reasonPlaceChange)
        district = FieldReader(table, "PL_POST").map(n) { $0.flatMap(Postcode.district(of:)) }
        self.table = table
    }

    /// A cell as written, for messages.
    private func text(_ name: String) -> (Int) -> String? {
        { row in FieldReader(table, name).text(row) }
    }

    /// The valid rows; the others are reported to `sink` and left out.
    func read(file: UInt16, into sink: inout IssueSink) -> [RawEpisode] {
        var out: [RawEpisode] = []
        out.reserveCapacity(rows)
        for row in 0..<rows {
            if let e = episode(row, file: file, sink: &sink) { out.append(e) } else { sink.excludedRows += 1 }
        }
        return out
    }

    private func episode(_ row: Int, file: UInt16, sink: inout IssueSink) -> RawEpisode? {
        guard let id = child[row] else {
            sink.add(row, nil, "CHILD is missing", rule: "CHILD", .excluded)
            return nil
        }
        let before = sink.issues.count
        checkDates(row, id, &sink)
        let codes = checkCodes(row, id, &sink)
        let excluded = sink.issues[before...].contains { $0.outcome == .excluded }
        guard !excluded, let codes, let s = start[row].day else { return nil }
        return RawEpisode(childID: id, start: s, end: end[row].day, rne: codes.rne, legalStatus: codes.ls,
                          categoryOfNeed: cin[row] ?? CodeList.none, place: codes.place,
                          provider: provider[row] ?? CodeList.none, reasonCeased: rec[row] ?? CodeList.none,
                          reasonPlaceChange: rpc[row] ?? CodeList.none, district: district[row],
                          source: RowSource(file: file, line: Int32(row + 2)))
    }

    private func checkDates(_ row: Int, _ id: String, _ sink: inout IssueSink) {
        sink.badDate(row, id, "DECOM", start[row], rule: "141")
        if case .invalid = end[row] { sink.badDate(row, id, "DEC", end[row], rule: "147") }
        if let s = start[row].day, let e = end[row].day, e < s {
            sink.add(row, id, "DEC \(e.uk) is before DECOM \(s.uk)", rule: "356", .excluded)
        }
        let hasEnd = end[row] != .missing, hasReason = rec[row] != CodeList.none
        if hasEnd != hasReason {
            let message = hasEnd ? "DEC is given but REC is blank" : "REC is given but DEC is blank"
            sink.add(row, id, message + "; both must be present or both blank", rule: "148", .excluded)
        }
    }

    private func checkCodes(_ row: Int, _ id: String, _ sink: inout IssueSink) -> (rne: ReasonNewEpisode, ls: UInt8, place: UInt8)? {
        let r = rne[row].flatMap { $0 == CodeList.none ? nil : ReasonNewEpisode(rawValue: $0) }
        let l = ls[row].flatMap { $0 == CodeList.none ? nil : $0 }
        let p = place[row].flatMap { $0 == CodeList.none ? nil : $0 }
        if r == nil { sink.badCode(row, id, SSDA903Codes.rne, text("RNE")(row), rule: "143") }
        if l == nil { sink.badCode(row, id, SSDA903Codes.legalStatus, text("LS")(row), rule: "144") }
        if p == nil { sink.badCode(row, id, SSDA903Codes.place, text("PLACE")(row), rule: "146") }
        if rec[row] == nil { sink.badCode(row, id, SSDA903Codes.reasonCeased, text("REC")(row), rule: "149") }
        if cin[row] == nil { sink.badCode(row, id, SSDA903Codes.categoryOfNeed, text("CIN")(row), rule: "145", .kept) }
        if rpc[row] == nil {
            sink.badCode(row, id, SSDA903Codes.reasonPlaceChange, text("REASON_PLACE_CHANGE")(row), rule: "1009", .kept)
        }
        checkProvider(row, id, place: p, &sink)
        guard let r, let l, let p else { return nil }
        return (r, l, p)
    }

    private func checkProvider(_ row: Int, _ id: String, place: UInt8?, _ sink: inout IssueSink) {
        guard let code = provider[row] else {
            sink.badCode(row, id, SSDA903Codes.provider, text("PLACE_PROVIDER")(row), rule: "178")
            return
        }
        if code == CodeList.none, let place, !SSDA903Codes.placesWithoutProvider.contains(place) {
            sink.add(row, id, "PLACE_PROVIDER is missing for PLACE \(SSDA903Codes.place.codes[Int(place)])",
                     rule: "178", .kept)
        }
    }
}

/// Reads and checks the rows of one 903 episodes table (rules 141, 143–149, 178, 356, 1009).
struct EpisodeRows {
    let rows: Int
    /// CHILD per row, as keys into its distinct ids.
    let child: TextKeys
    let start, end: [DateCell]
    let rne, ls, cin, place, provider, rec, rpc: [UInt8?]
    /// PL_POST per row, as keys into its distinct values.
    let postcode: TextKeys
    /// The postcode district of each distinct PL_POST (nil when it has none).
    let districts: [String?]
    let table: Table

    init(_ table: Table) {
        let n = table.rowCount
        rows = n
        // The text keys on one core, the dates and codes on the other.
        let (keys, dates) = ParallelMap.pair({ () -> (TextKeys, TextKeys, [String?]) in
            let postcode = FieldReader(table, "PL_POST").keyed(n)
            return (FieldReader(table, "CHILD").keyed(n), postcode, postcode.values.map(Self.district(of:)))
        }, {
            (FieldReader(table, "DECOM").days(n), FieldReader(table, "DEC").days(n))
        })
        (child, postcode, districts) = keys
        (start, end) = dates
        rne = FieldReader(table, "RNE").codes(n, in: SSDA903Codes.rne)
        ls = FieldReader(table, "LS").codes(n, in: SSDA903Codes.legalStatus)
        cin = FieldReader(table, "CIN").codes(n, in: SSDA903Codes.categoryOfNeed)
        place = FieldReader(table, "PLACE").codes(n, in: SSDA903Codes.place)
        provider = FieldReader(table, "PLACE_PROVIDER").codes(n, in: SSDA903Codes.provider)
        rec = FieldReader(table, "REC").codes(n, in: SSDA903Codes.reasonCeased)
        rpc = FieldReader(table, "REASON_PLACE_CHANGE").codes(n, in: SSDA903Codes.reasonPlaceChange)
        self.table = table
    }

    /// A cell as written, for messages.
    private func text(_ name: String) -> (Int) -> String? {
        { row in FieldReader(table, name).text(row) }
    }

    /// The valid rows; the others are reported to `sink` and left out.
    ///
    /// A row's `child` is its key into `child.values` and its `district` its key into `postcode.values`.
    func read(file: UInt16, into sink: inout IssueSink) -> [RawEpisode] {
        var out: [RawEpisode] = []
        out.reserveCapacity(rows)
        for row in 0..<rows {
            if let e = episode(row, file: file, sink: &sink) { out.append(e) } else { sink.excludedRows += 1 }
        }
        return out
    }

    private func episode(_ row: Int, file: UInt16, sink: inout IssueSink) -> RawEpisode? {
        let key = child.rows[row]
        guard key >= 0 else {
            sink.add(row, nil, "CHILD is missing", rule: "CHILD", .excluded)
            return nil
        }
        let id = child.values[Int(key)]
        let before = sink.issues.count
        // How the row is read, counted only if it is kept (an empty array allocates nothing).
        var kinds: [CareRepair.Kind] = []
        let ending = checkDates(row, id, &sink, &kinds)
        let codes = checkCodes(row, id, &sink, &kinds)
        let excluded = sink.issues[before...].contains { $0.outcome == .excluded }
        guard !excluded, let s = start[row].day else { return nil }
        for kind in kinds {
            sink.count(kind)
            if kind == .openWithReason { sink.openWithReason.insert(Int32(table.sourceLine(ofRow: row))) }
        }
        return RawEpisode(child: key, start: s, end: ending.end, rne: codes.rne, legalStatus: codes.ls,
                          categoryOfNeed: cin[row] ?? CodeList.none, place: codes.place,
                          provider: provider[row] ?? CodeList.none, reasonCeased: ending.reason,
                          reasonPlaceChange: rpc[row] ?? CodeList.none, district: postcode.rows[row],
                          source: RowSource(file: file, line: Int32(table.sourceLine(ofRow: row))))
    }

    /// Checks DECOM, DEC and REC, and gives the episode's end and REC as analysis reads them.
    ///
    /// Validation reports, analysis keeps: DEC blank means open whatever REC says (a provisional
    /// REC is ignored); a DEC without a REC ends the episode, reason unknown; a DEC before DECOM
    /// is read as DECOM (the episode holds the child on no day). Each is added to `kinds`.
    private func checkDates(_ row: Int, _ id: String, _ sink: inout IssueSink,
                            _ kinds: inout [CareRepair.Kind]) -> (end: Day?, reason: UInt8) {
        sink.badDate(row, id, "DECOM", start[row], rule: "141")
        if case .invalid = end[row] { sink.badDate(row, id, "DEC", end[row], rule: "147") }
        var day = end[row].day, reason = rec[row] ?? CodeList.none
        if let s = start[row].day, let e = day, e < s {
            sink.add(row, id, "DEC \(e.uk) is before DECOM \(s.uk); kept as ending on its DECOM", rule: "356", .interpreted)
            kinds.append(.endBeforeStart)
            day = s
        }
        let hasEnd = end[row] != .missing, hasReason = rec[row] != CodeList.none
        guard hasEnd != hasReason else { return (day, reason) }
        if hasEnd {
            sink.add(row, id, "DEC is given but REC is blank; kept as ended on its DEC, reason not known",
                     rule: "148", .interpreted)
            kinds.append(.endedWithoutReason)
        } else {
            let code = text("REC")(row) ?? ""
            sink.add(row, id, "REC \(code) is given but DEC is blank; kept as open, the REC ignored",
                     rule: "148", .interpreted)
            kinds.append(.openWithReason)
            reason = CodeList.none
        }
        return (day, reason)
    }

    /// Checks the codes, and gives RNE, LS and PLACE as analysis reads them.
    ///
    /// An RNE that is not valid is read as L (no change of carer, so no move is counted), an LS as unknown
    /// (not a short break), a REC or PLACE_PROVIDER as unknown; each such row adds one kind. A PLACE that
    /// is not valid is kept as unknown, which the placement mapping puts in the group `Other`.
    private func checkCodes(_ row: Int, _ id: String, _ sink: inout IssueSink,
                            _ kinds: inout [CareRepair.Kind]) -> (rne: ReasonNewEpisode, ls: UInt8, place: UInt8) {
        let r = rne[row].flatMap { $0 == CodeList.none ? nil : ReasonNewEpisode(rawValue: $0) }
        let l = ls[row].flatMap { $0 == CodeList.none ? nil : $0 }
        let p = place[row].flatMap { $0 == CodeList.none ? nil : $0 }
        var unknown = false
        if r == nil {
            sink.badCode(row, id, SSDA903Codes.rne, text("RNE")(row), rule: "143", .interpreted, kept: "read as L (no move counted)")
            unknown = true
        }
        if l == nil {
            sink.badCode(row, id, SSDA903Codes.legalStatus, text("LS")(row), rule: "144", .interpreted, kept: "kept with LS unknown")
            unknown = true
        }
        if p == nil {
            sink.badCode(row, id, SSDA903Codes.place, text("PLACE")(row), rule: "146", .interpreted,
                         kept: "kept in placement group Other")
            kinds.append(.placeUnknown)
        }
        if rec[row] == nil {
            sink.badCode(row, id, SSDA903Codes.reasonCeased, text("REC")(row), rule: "149", .interpreted, kept: "kept with REC unknown")
            unknown = true
        }
        if cin[row] == nil { sink.badCode(row, id, SSDA903Codes.categoryOfNeed, text("CIN")(row), rule: "145", .kept) }
        if rpc[row] == nil {
            sink.badCode(row, id, SSDA903Codes.reasonPlaceChange, text("REASON_PLACE_CHANGE")(row), rule: "1009", .kept)
        }
        if checkProvider(row, id, place: p, &sink) { unknown = true }
        if unknown { kinds.append(.invalidCodeKept) }
        return (r ?? .legalStatus, l ?? CodeList.none, p ?? CodeList.none)
    }

    /// Checks PLACE_PROVIDER (rule 178); true when it is not a valid code (kept as unknown).
    private func checkProvider(_ row: Int, _ id: String, place: UInt8?, _ sink: inout IssueSink) -> Bool {
        guard let code = provider[row] else {
            sink.badCode(row, id, SSDA903Codes.provider, text("PLACE_PROVIDER")(row), rule: "178", .interpreted,
                         kept: "kept with PLACE_PROVIDER unknown")
            return true
        }
        if code == CodeList.none, let place, !SSDA903Codes.placesWithoutProvider.contains(place) {
            sink.add(row, id, "PLACE_PROVIDER is missing for PLACE \(SSDA903Codes.place.codes[Int(place)])",
                     rule: "178", .kept)
        }
        return false
    }
}

extension EpisodeRows {
    /// `Postcode.district(of:)`, on the bytes when the text is printable ASCII (as postcodes are).
    static func district(of postcode: String) -> String? {
        var utf8 = Array(postcode.utf8)
        guard utf8.allSatisfy({ $0 >= 32 && $0 < 127 }) else { return Postcode.district(of: postcode) }
        while utf8.last == 32 { utf8.removeLast() }
        let first = utf8.firstIndex { $0 != 32 } ?? utf8.count
        var cleaned = utf8[first...].map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }
        guard !cleaned.isEmpty else { return nil }
        if let space = cleaned.firstIndex(of: 32) { cleaned.removeSubrange(space...) }
        else if cleaned.count >= 5 { cleaned.removeLast(3) }
        return String(decoding: cleaned, as: UTF8.self)
    }
}

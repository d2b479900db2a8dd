extension CareReturn {
    /// Reads one file of the return onto the records, reporting its problems to `sink`.
    mutating func read(_ kind: SSDA903Kind, _ table: Table, file: UInt16, name: String) -> IssueSink {
        var r = ReturnRows(table, file: file, name: name)
        rowsRead[kind, default: 0] += table.rowCount
        switch kind {
        case .reviews: readReviews(&r)
        case .oc2: readHealth(&r)
        case .oc3: readCareLeavers(&r)
        case .ad1: readAdoptions(&r)
        case .placedForAdoption: readPlaced(&r)
        case .missing: readMissing(&r)
        case .uasc:
            let duc = r.dates("DUC", rule: "DUC")
            for row in r.rows() { uasc.append(ReturnUASC(child: r.ids[row]!, dob: r.dob(row), duc: duc[row], source: r.source(row))) }
        case .previousPermanence:
            let (order, la, date) = (r.text("PREV_PERM"), r.text("LA_PERM"), r.text("DATE_PERM"))
            for row in r.rows() {
                previousPermanence.append(ReturnPreviousPermanence(child: r.ids[row]!, dob: r.dob(row), order: order[row],
                                                                   authority: la[row], date: date[row], source: r.source(row)))
            }
        case .socialWorkers: readSocialWorkers(&r)
        case .header, .episodes: break
        }
        return r.sink
    }

    private mutating func readReviews(_ r: inout ReturnRows) {
        let dates = r.requiredDates("REVIEW", rule: "166")
        let codes = r.codes("REVIEW_CODE", (0...7).map { "PN\($0)" }, rule: "167")
        for row in r.rows() {
            guard let date = dates[row] else { continue }
            reviews.append(ReturnReview(child: r.ids[row]!, date: date, code: codes[row], source: r.source(row)))
        }
    }

    private mutating func readHealth(_ r: inout ReturnRows) {
        var flags: [[Bool?]] = []
        for field in ReturnHealth.flagFields { flags.append(r.flags(field)) }
        let sdq = FieldReader(r.table, "SDQ_SCORE").map(r.count) { $0.flatMap { Double($0) } }
        let reason = r.text("SDQ_REASON")
        for row in r.rows() {
            var h = ReturnHealth(child: r.ids[row]!, dob: r.dob(row), source: r.source(row), flags: flags.map { $0[row] })
            h.sdqScore = sdq[row]
            h.sdqReason = reason[row]
            health.append(h)
        }
    }

    private mutating func readCareLeavers(_ r: inout ReturnRows) {
        let touch = r.codes("IN_TOUCH", ReturnCareLeaver.inTouchCodes, rule: "131")
        let activ = r.codes("ACTIV", ReturnCareLeaver.activityCodes, rule: "132")
        let accom = r.codes("ACCOM", ReturnCareLeaver.accommodationCodes, rule: "133")
        for row in r.rows() {
            careLeavers.append(ReturnCareLeaver(child: r.ids[row]!, dob: r.dob(row), inTouch: touch[row], activity: activ[row],
                                                accommodation: accom[row], source: r.source(row)))
        }
    }

    private mutating func readAdoptions(_ r: inout ReturnRows) {
        let decision = r.dates("DATE_INT", rule: "112"), match = r.dates("DATE_MATCH", rule: "113")
        let foster = r.flags("FOSTER_CARE")
        let (number, sex, ls) = (r.text("NB_ADOPTR"), r.text("SEX_ADOPTR"), r.text("LS_ADOPTR"))
        for row in r.rows() {
            adoptions.append(ReturnAdoption(child: r.ids[row]!, dob: r.dob(row), decision: decision[row], match: match[row],
                                            byFosterCarers: foster[row], adopters: number[row], adoptersSex: sex[row],
                                            adoptersLegalStatus: ls[row], source: r.source(row)))
        }
    }

    private mutating func readPlaced(_ r: inout ReturnRows) {
        let decision = r.dates("DATE_PLACED", rule: "115"), reversed = r.dates("DATE_PLACED_CEASED", rule: "117")
        let reason = r.text("REASON_PLACED_CEASED")
        for row in r.rows() {
            placedForAdoption.append(ReturnPlacedForAdoption(child: r.ids[row]!, dob: r.dob(row), decision: decision[row],
                                                             reversed: reversed[row], reason: reason[row], source: r.source(row)))
        }
    }

    private mutating func readMissing(_ r: inout ReturnRows) {
        let starts = r.requiredDates("MIS_START", rule: "1004")
        let ends = r.dates("MIS_END", rule: "1005")
        let kinds = r.codes("MISSING", ["M", "A"], rule: "565")
        for row in r.rows() {
            guard let start = starts[row] else { continue }
            if let end = ends[row], end < start {
                r.sink.add(row, r.ids[row], "MIS_END \(end.uk) is before MIS_START \(start.uk); kept as written", rule: "567", .kept)
            }
            missing.append(ReturnMissing(child: r.ids[row]!, dob: r.dob(row), kind: kinds[row], start: start, end: ends[row],
                                         source: r.source(row)))
        }
    }

    private mutating func readSocialWorkers(_ r: inout ReturnRows) {
        let starts = r.requiredDates("SW_DECOM", rule: "SW_DECOM"), ends = r.dates("SW_DEC", rule: "SW_DEC")
        let (worker, reason) = (r.text("SW_ID"), r.text("SW_REASON"))
        for row in r.rows() {
            guard let start = starts[row] else { continue }
            socialWorkers.append(ReturnSocialWorker(child: r.ids[row]!, dob: r.dob(row), worker: worker[row], start: start,
                                                    end: ends[row], reason: reason[row], source: r.source(row)))
        }
    }
}

extension NeedSimulation {
    /// A referral for each period of care (short breaks aside) that is open at some time from `from`, for the 903 children.
    ///
    /// The referral comes before the period starts (the same day for one in five, an emergency), is
    /// assessed, and for some has a section 47 enquiry and a child protection plan that ends when care
    /// starts; it stays open while the child is looked after and closes when the period ends. Returns the
    /// number of these referrals in each month, which the month's planned referrals include.
    mutating func careReferrals(_ writer: EpisodeWriter) -> [Int: Int] {
        var perMonth: [Int: Int] = [:]
        let result = writer.result
        var periods: [Int32: [(start: Day, end: Day?, rec: UInt8, shortBreak: Bool)]] = [:]
        for e in result.episodes where writer.idOf[Int(e.child)] >= 0 {
            var list = periods[e.child] ?? []
            if let last = list.last, last.end == e.start, last.rec == SynthCodes.continued {
                list[list.count - 1].end = e.isOpen ? nil : e.end
                list[list.count - 1].rec = e.reasonCeased
            } else {
                list.append((e.start, e.isOpen ? nil : e.end, e.reasonCeased,
                             SSDA903Codes.shortBreaks.contains(e.legalStatus)))
            }
            periods[e.child] = list
        }
        for (k, c) in writer.written.enumerated() {
            let synth = result.children[Int(c)]
            var index: Int?
            var previousEnd: Day?
            for period in periods[c] ?? [] {
                defer { previousEnd = period.end }
                guard !period.shortBreak, period.end.map({ $0 >= parameters.from }) ?? true,
                      period.start <= parameters.to else { continue }
                if index == nil {
                    children.append(NeedChild(dob: synth.dob, sex: synth.sex, ethnicity: synth.ethnicity, careIndex: Int32(k)))
                    latest.append(-1)
                    index = children.count - 1
                }
                let lag = careRng.chance(0.2) ? 0 : 7 + careRng.below(150)
                var date = max(period.start.adding(days: -lag), synth.dob)
                if let previousEnd { date = max(date, previousEnd.adding(days: 1)) }
                date = min(date, period.start)
                referCare(index!, on: date, care: period.start, end: period.end, rec: period.rec)
                if date >= parameters.from { perMonth[NeedParameters.key(date), default: 0] += 1 }
            }
        }
        return perMonth
    }

    /// The referral of a child who comes into care on `care`.
    mutating func referCare(_ c: Int, on day: Day, care: Day, end: Day?, rec: UInt8) {
        var ref = NeedReferral(child: Int32(c), date: day, source: UInt8(careRng.pick(NeedCodes.sourceWeights)),
                               need: UInt8(careRng.pick(NeedCodes.needWeights)))
        swap(&rng, &careRng)
        defer { swap(&rng, &careRng) }
        assess(&ref, on: day)
        if rng.chance(0.45) { enquire(&ref, on: day, until: care) }
        ref.closure = end
        ref.closureReason = end.map { _ in NeedSimulation.closureReason(rec) } ?? 0
        finish(ref)
    }

    /// The CIN closure reason for an SSDA903 reason for ceasing care.
    static func closureReason(_ rec: UInt8) -> UInt8 {
        let codes = SSDA903Codes.reasonCeased.codes
        return switch Int(rec) < codes.count ? codes[Int(rec)] : "" {
        case "E11", "E12": 1
        case "E2": 2
        case "E41", "E43", "E44": 3
        case "E45", "E46", "E47", "E48": 4
        case "E5", "E6", "E17": 6
        default: 8
        }
    }
}

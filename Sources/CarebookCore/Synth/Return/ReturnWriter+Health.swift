extension ReturnWriter {
    /// The OC2 cohort of a return year: children looked after on its 31 March whose period of care began on or before its 1 April.
    func oc2Cohort(year: ReturnYear) -> [Int32] {
        periods.filter { $0.start <= year.start && $0.holds(year.end) }.map(\.child)
    }

    /// Which of a cohort have the flag: exactly `share` of them (rounded), older children less often (they refuse more).
    func flags(_ cohort: [Int32], share: Double, on day: Day, purpose: UInt64) -> [Bool] {
        let weights = cohort.map { dob($0).age(on: day) >= 15 ? 0.5 : 1.0 }
        let draws = cohort.map { k -> Double in var r = rng(.oc2, k, purpose); return r.unit() }
        return ReturnWriter.choose(Int((share * Double(cohort.count)).rounded()), of: weights, draws: draws)
    }

    /// The OC2 file of a return year: CHILD, DOB, SDQ_SCORE, SDQ_REASON, CONVICTED, HEALTH_CHECK, IMMUNISATIONS,
    /// TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED.
    ///
    /// HEALTH_ASSESSMENT (6.9) and TEETH_CHECK (6.10) are set for exactly the year's shares of
    /// the cohort; the rest follow the DfE's rules on who has which item (SDQ for ages 4–17 (rule 197B),
    /// conviction for 10 and over, HEALTH_CHECK — the development check — for under-5s,
    /// intervention items only for a substance misuse problem).
    func oc2File(year y: Int) -> [UInt8] {
        let year = years[y]
        let cohort = oc2Cohort(year: year)
        let health = flags(cohort, share: settings.healthAssessment[y], on: year.end, purpose: UInt64(y) << 4 | 1)
        let dental = flags(cohort, share: settings.dentalCheck[y], on: year.end, purpose: UInt64(y) << 4 | 2)
        var out = Array(("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
                         + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n").utf8)
        out.reserveCapacity(cohort.count * 48)
        for (i, k) in cohort.enumerated() {
            appendChild(k, &out)
            appendOC2Items(k, age: dob(k).age(on: year.end), dental: dental[i], health: health[i], year: y, &out)
            out.append(ReturnWriter.newline)
        }
        return out
    }

    /// One child's OC2 items after CHILD and DOB, by the DfE's rules on who has which.
    func appendOC2Items(_ k: Int32, age: Int, dental: Bool, health: Bool, year y: Int, _ out: inout [UInt8]) {
        var r = rng(.oc2, k, UInt64(y) << 4 | 3)
        if age >= 4 && age <= 17 {
            if r.chance(0.8) {
                ReturnWriter.appendNumber(min(40, max(0, Int((14 + 7 * (r.unit() + r.unit() + r.unit() - 1.5)).rounded()))), &out)
                out.append(ReturnWriter.comma)
            } else {
                out.append(ReturnWriter.comma)
                out.append(contentsOf: ["SDQ2", "SDQ3", "SDQ4", "SDQ5"][r.pick([3, 1, 5, 2])].utf8)
            }
        } else {
            out.append(ReturnWriter.comma)
        }
        out.append(ReturnWriter.comma)
        if age >= 10 { ReturnWriter.appendFlag(r.chance(0.05), &out) }
        out.append(ReturnWriter.comma)
        if age < 5 { ReturnWriter.appendFlag(r.chance(0.9), &out) }
        for flag in [r.chance(0.88), dental, health] {
            out.append(ReturnWriter.comma)
            ReturnWriter.appendFlag(flag, &out)
        }
        out.append(ReturnWriter.comma)
        let misuse = age >= 11 && r.chance(0.06)
        ReturnWriter.appendFlag(misuse, &out)
        out.append(ReturnWriter.comma)
        guard misuse else { out.append(ReturnWriter.comma); return }
        let received = r.chance(0.6)
        ReturnWriter.appendFlag(received, &out)
        out.append(ReturnWriter.comma)
        if !received { ReturnWriter.appendFlag(r.chance(0.7), &out) }
    }

    static func appendFlag(_ on: Bool, _ out: inout [UInt8]) { out.append(UInt8(ascii: on ? "1" : "0")) }

    static func appendNumber(_ n: Int, _ out: inout [UInt8]) {
        if n >= 10 { appendNumber(n / 10, &out) }
        out.append(UInt8(ascii: "0") + UInt8(n % 10))
    }
}

/// The adoption decisions of one period of care on the adoption path.
struct PlannedAdoption: Sendable {
    var period: Int
    var child: Int32
    /// The SHOBPA decision: AD1 DATE_INT and the placed-for-adoption DATE_PLACED.
    var shobpa: Day
    /// The match with the adopters (AD1 DATE_MATCH), for adopted children.
    var match: Day?
    /// The decision that the child should no longer be placed for adoption, and why (RD1–RD4).
    var ceased: Day?
    var ceasedReason = ""
}

extension ReturnWriter {
    /// A SHOBPA decision for every period with a placement order or an adoptive placement; a match for each adoption.
    ///
    /// The decision comes before the placement order and the placement; for an adoption it is
    /// drawn so that the adoption is within 12 months of it (a few days' margin either side)
    /// with the month's chance where the dates allow. The match falls between the placement
    /// order and the adoptive placement, at the month's share of that gap (±20%), never after the
    /// placement (DfE rule 331), so the episodes bound A2. A
    /// period on the path that ended another way has its decision reversed before it ended.
    func adoptionPlan() -> [PlannedAdoption] {
        var out: [PlannedAdoption] = []
        for (n, p) in periods.enumerated() where p.placementOrder != nil || p.adoptivePlacement != nil {
            var r = rng(.ad1, p.child, UInt64(n - byChild[Int(p.child)].lowerBound))
            let order = p.placementOrder ?? p.adoptivePlacement!
            let latest = max(p.start, min(order, p.adoptivePlacement ?? order).adding(days: -1))
            var plan = PlannedAdoption(period: n, child: p.child, shobpa: latest)
            if p.adopted, let end = p.end, let placed = p.adoptivePlacement {
                (plan.shobpa, plan.match) = adoptionDates(p, adopted: end, placed: placed, order: order, latest: latest, &r)
            } else {
                let lead = 20 + r.below(150)
                plan.shobpa = max(p.start, latest.adding(days: -lead))
                if let end = p.end, !p.adopted {
                    let span = max(0, Int(end.number - plan.shobpa.number))
                    plan.ceased = plan.shobpa.adding(days: span / 2 + r.below(span / 2 + 1))
                    plan.ceasedReason = ["RD1", "RD3", "RD4"][r.pick([45, 15, 40])]
                }
            }
            out.append(plan)
        }
        return out
    }

    /// The SHOBPA decision and the match of an adopted child: within 12 months of the adoption with the month's
    /// chance where the dates allow (3 days' margin), the match at the month's share of the order-to-placement gap.
    func adoptionDates(_ p: ReturnPeriod, adopted end: Day, placed: Day, order: Day, latest: Day,
                       _ r: inout SplitMix64) -> (Day, Day) {
        let month = settings.month(end)
        let edge = end.adding(months: -12)
        let within = (max(p.start, edge.adding(days: 3)), latest)
        let late = (p.start, min(latest, edge.adding(days: -3)))
        let wantWithin = r.chance(settings.withinTwelveMonths[month])
        let range = (wantWithin && within.0 <= within.1) || late.0 > late.1 ? within : late
        let shobpa = range.0 <= range.1 ? range.0.adding(days: r.below(Int(range.1.number - range.0.number) + 1)) : latest
        let gap = Double(max(0, placed.number - order.number))
        let share = min(1, max(0, settings.matchShare[month] * (0.8 + 0.4 * r.unit())))
        return (shobpa, min(placed, max(shobpa, order.adding(days: Int((gap * share).rounded())))))
    }

    /// The AD1 file of a return year: one row per child adopted in it (CHILD, DOB, DATE_INT, DATE_MATCH,
    /// FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR); FOSTER_CARE is 1 for a placement with the current foster carer (A3, A5; DfE rule 335).
    func ad1File(_ plan: [PlannedAdoption], year: ReturnYear) -> [UInt8] {
        var out = Array("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\n".utf8)
        for a in plan {
            let p = periods[a.period]
            guard p.adopted, let end = p.end, year.contains(end), let match = a.match else { continue }
            var r = rng(.ad1, a.child, 0xAD)
            appendChild(a.child, &out)
            EpisodeWriter.appendDay(a.shobpa, &out)
            out.append(ReturnWriter.comma)
            EpisodeWriter.appendDay(match, &out)
            out.append(ReturnWriter.comma)
            ReturnWriter.appendFlag(ReturnWriter.withFosterCarer.contains(p.adoptivePlace), &out)
            let couple = r.chance(0.82)
            let sex = couple ? ["MF", "FF", "MM"][r.pick([85, 9, 6])] : ["F1", "M1"][r.pick([88, 12])]
            let status: String
            if !couple { status = "L0" }
            else if sex == "MF" { status = ["L11", "L3", "L2"][r.pick([70, 25, 5])] }
            else { status = ["L12", "L4", "L2"][r.pick([40, 30, 30])] }
            out.append(contentsOf: (couple ? ",2," : ",1,").utf8)
            out.append(contentsOf: sex.utf8)
            out.append(ReturnWriter.comma)
            out.append(contentsOf: status.utf8)
            out.append(ReturnWriter.newline)
        }
        return out
    }

    static let withFosterCarer = SSDA903Codes.place.indices(["A3", "A5"])

    /// The placed-for-adoption file of a return year: CHILD, DOB, DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED,
    /// for each child looked after in the year with a SHOBPA decision made by its end and not reversed before it began.
    func placedFile(_ plan: [PlannedAdoption], year: ReturnYear) -> [UInt8] {
        var out = Array("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n".utf8)
        for a in plan {
            let p = periods[a.period]
            guard a.shobpa <= year.end, p.daysWithin(year.start, year.end) > 0, (a.ceased ?? year.start) >= year.start else { continue }
            appendChild(a.child, &out)
            EpisodeWriter.appendDay(a.shobpa, &out)
            out.append(ReturnWriter.comma)
            if let ceased = a.ceased, ceased <= year.end {
                EpisodeWriter.appendDay(ceased, &out)
                out.append(ReturnWriter.comma)
                out.append(contentsOf: a.ceasedReason.utf8)
            } else {
                out.append(ReturnWriter.comma)
            }
            out.append(ReturnWriter.newline)
        }
        return out
    }
}

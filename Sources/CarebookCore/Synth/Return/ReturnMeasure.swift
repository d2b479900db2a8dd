/// The return indicators measured on what `ReturnWriter` generates, by the definitions carebook's indicators use.
///
/// The calibrator steers by these; the committed data are checked independently by
/// `Scripts/synth-check-return.py` (pandas, reading only the written files) and by
/// carebook's own indicators in `calibration.cb`.
struct ReturnMeasure {
    let writer: ReturnWriter
    let reviews: [PlannedReview]
    let adoptions: [PlannedAdoption]

    init(_ writer: ReturnWriter) {
        self.writer = writer
        reviews = writer.reviewPlan()
        adoptions = writer.adoptionPlan()
    }

    /// The value of a target's indicator over its window (or on its 31 March); NaN when there is nothing to measure.
    func value(_ t: ReturnTarget) -> Double {
        switch t.indicator {
        case .reviews:
            let held = reviews.filter { $0.date >= t.from && $0.date <= t.to }
            return ReturnMeasure.percent(held.filter(\.onTime).count, held.count)
        case .healthAssessments, .dentalChecks, .suitableAccommodation, .educationEmploymentTraining:
            return snapshot(t)
        case .adoptions:
            return Double(adopted(t).count)
        case .withinTwelveMonths:
            let a = adopted(t)
            return ReturnMeasure.percent(a.filter { $0.shobpa.adding(months: 12) >= writer.periods[$0.period].end! }.count, a.count)
        case .a1:
            let days = adopted(t).compactMap { a -> Double? in
                let p = writer.periods[a.period]
                return p.adoptivePlacement.map { Double($0.number - p.start.number) }
            }
            return days.isEmpty ? .nan : days.reduce(0, +) / Double(days.count)
        case .a2:
            let days = adopted(t).compactMap { a -> Double? in
                guard let order = writer.periods[a.period].placementOrder, let match = a.match else { return nil }
                return Double(max(0, match.number - order.number))
            }
            return days.isEmpty ? .nan : days.reduce(0, +) / Double(days.count)
        }
    }

    /// The adoptions (periods ending E11/E12) with DEC in the target's window.
    func adopted(_ t: ReturnTarget) -> [PlannedAdoption] {
        adoptions.filter { a in
            let p = writer.periods[a.period]
            return p.adopted && p.end.map { $0 >= t.from && $0 <= t.to } == true
        }
    }

    /// A snapshot share as the files hold it: the flagged share of the year's cohort.
    func snapshot(_ t: ReturnTarget) -> Double {
        guard let y = writer.years.firstIndex(where: { $0.end == t.from }) else { return .nan }
        let s = writer.settings
        switch t.indicator {
        case .healthAssessments, .dentalChecks:
            let n = writer.oc2Cohort(year: writer.years[y]).count
            let share = t.indicator == .healthAssessments ? s.healthAssessment[y] : s.dentalCheck[y]
            return ReturnMeasure.percent(Int((share * Double(n)).rounded()), n)
        default:
            let rows = writer.leavers(year: y).filter { $0.age >= 19 && $0.inTouch != "DIED" && $0.inTouch != "RHOM" }
            let reachable = rows.filter { $0.inTouch == "YES" }.count
            let share = t.indicator == .suitableAccommodation ? s.suitable[y] : s.eet[y]
            return ReturnMeasure.percent(min(reachable, Int((share * Double(rows.count)).rounded())), rows.count)
        }
    }

    static func percent(_ a: Int, _ b: Int) -> Double { b == 0 ? .nan : Double(a) * 100 / Double(b) }
}

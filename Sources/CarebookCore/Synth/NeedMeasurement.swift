/// Seed 004's front-door figures measured on a front-door simulation, with the `cin` indicator definitions.
///
/// Used by `NeedCalibrator` while tuning; the committed census is checked independently by
/// `Scripts/synth-check-cin.py` (pandas, reading the CSV files) and by `calibration.cb` through
/// carebook's own CIN functions.
struct NeedMeasurement {
    let result: NeedResult
    /// Each child's referral dates, ascending.
    let dates: [[Day]]
    let holidays = BankHolidays.englandAndWales

    init(_ result: NeedResult) {
        self.result = result
        var dates = Array(repeating: [Day](), count: result.children.count)
        for r in result.referrals { dates[Int(r.child)].append(r.date) }
        self.dates = dates.map { $0.sorted() }
    }

    func referrals(_ a: Day, _ b: Day) -> [NeedReferral] { result.referrals.filter { $0.date >= a && $0.date <= b } }

    /// True when the child's latest strictly earlier referral is on or after the date 12 months before.
    func isReReferral(_ r: NeedReferral) -> Bool {
        guard let previous = dates[Int(r.child)].last(where: { $0 < r.date }) else { return false }
        return previous >= r.date.adding(months: -12)
    }

    /// The percentage of `referrals` that are re-referrals.
    func rereferralShare(_ a: Day, _ b: Day) -> Double {
        let refs = referrals(a, b)
        return 100 * Double(refs.filter(isReReferral).count) / Double(max(refs.count, 1))
    }

    func assessedShare(_ a: Day, _ b: Day) -> Double {
        let refs = referrals(a, b)
        return 100 * Double(refs.filter { $0.assessment != nil }.count) / Double(max(refs.count, 1))
    }

    /// The percentage of assessments authorised from `a` to `b` that took 45 working days or fewer.
    func withinShare(_ a: Day, _ b: Day) -> Double {
        let done = result.referrals.compactMap(\.assessment).filter { $0.authorised.map { $0 >= a && $0 <= b } ?? false }
        let quick = done.filter { ((try? holidays.workingDays(from: $0.start, to: $0.authorised!)) ?? 99) <= 45 }
        return 100 * Double(quick.count) / Double(max(done.count, 1))
    }

    func section47s(_ a: Day, _ b: Day) -> Int {
        result.referrals.filter { $0.section47.map { $0.start >= a && $0.start <= b } ?? false }.count
    }

    /// Children on a plan open on `day` (start on or before, no end or end after).
    func childrenOnPlans(_ day: Day) -> Set<Int32> {
        Set(result.referrals.filter { $0.plans.contains { $0.span.start <= day && ($0.span.end.map { $0 > day } ?? true) } }.map(\.child))
    }

    /// Children in need on `day` (a referral open: referred on or before, not closed on or before; not NFA) and not on a plan.
    func childrenInNeedNotOnPlans(_ day: Day) -> Int {
        let open = Set(result.referrals.filter { !$0.nfa && $0.date <= day && ($0.closure.map { $0 > day } ?? true) }.map(\.child))
        return open.subtracting(childrenOnPlans(day)).count
    }

    /// Plans open on `day` that started more than 2 years before.
    func plansOverTwoYears(_ day: Day) -> Int {
        result.referrals.flatMap(\.plans).filter {
            $0.span.start <= day && ($0.span.end.map { $0 > day } ?? true) && $0.span.start.adding(months: 24) < day
        }.count
    }
}

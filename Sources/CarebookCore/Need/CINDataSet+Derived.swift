extension CINDataSet {
    /// The child's latest referral dated before referral `i` (a referral the same day does not count).
    func previousReferralDate(_ i: Int) -> Day? {
        let r = referrals[i]
        return byChild[r.child]?.map { referrals[$0].date }.filter { $0 < r.date }.max()
    }

    /// Referral `i` came within 12 months of the child's previous referral: previous ≥ date − 12 months.
    func isReReferral(_ i: Int) -> Bool {
        guard let previous = previousReferralDate(i) else { return false }
        return previous >= referrals[i].date.adding(months: -12)
    }

    /// Every child protection plan of a child, by start date.
    func protectionPlans(of child: String) -> [ProtectionPlan] {
        (byChild[child] ?? []).flatMap { referrals[$0].protectionPlans }.sorted { $0.start < $1.start }
    }

    /// How many plans the child had before this one: NumberOfPreviousCPP, or the earlier plans in the data if more.
    func previousPlans(_ plan: ProtectionPlan, child: String) -> Int {
        max(plan.previousPlans ?? 0, protectionPlans(of: child).filter { $0.start < plan.start }.count)
    }

    /// The plan is a repeat: the child had an earlier plan that ended (or was still open) within the 24 months before it started.
    func isRepeatWithinTwoYears(_ plan: ProtectionPlan, child: String) -> Bool {
        let since = plan.start.adding(months: -24)
        return protectionPlans(of: child).contains { $0.start < plan.start && ($0.end ?? plan.start) >= since }
    }

    /// Reviews of child protection plans dated in a range, each with whether it was on time: the first within
    /// 3 months of the plan's start, each later one within 6 months of the review before.
    func protectionReviews(_ range: DayRange) -> [(child: String, date: Day, onTime: Bool)] {
        referrals.flatMap { r in
            r.protectionPlans.flatMap { p in
                p.reviews.sorted().enumerated().compactMap { i, date -> (String, Day, Bool)? in
                    guard range.contains(date) else { return nil }
                    let due = i == 0 ? p.start.adding(months: 3) : p.reviews.sorted()[i - 1].adding(months: 6)
                    return (r.child, date, date <= due)
                }
            }
        }
    }

    /// Indices of referrals dated in a range.
    func referralIndices(_ range: DayRange) -> [Int] {
        referrals.indices.filter { range.from <= referrals[$0].date && referrals[$0].date <= range.to }
    }

    /// Working days from one date to another, or nil when either is outside the years the holidays cover.
    static func workingDays(_ holidays: BankHolidays, _ from: Day, _ to: Day?) -> Int? {
        guard let to else { return nil }
        return try? holidays.workingDays(from: from, to: to)
    }
}

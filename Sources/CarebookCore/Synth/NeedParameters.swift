/// Every rate the children-in-need (front door) simulation runs on, set by hand to seed 004's figures.
///
/// Months are keyed `year * 12 + month - 1` (`NeedParameters.key`). A rate with
/// a per-month override takes it in that month (the month of the event the rate
/// decides: the referral, or the assessment's authorisation).
public struct NeedParameters: Sendable {
    /// The first month simulated: a warm-up before the first census year, so that plans open at its start have histories.
    public var from: Day
    /// The last day simulated (the end of the last census year).
    public var to: Day
    public var seed: UInt64
    /// The census years written, by the year they end (2017 is 1 April 2016 to 31 March 2017).
    public var censusYears: ClosedRange<Int>

    /// Referrals in a month (all of them, including those of children who go on to enter care).
    public var referrals = 450.0
    public var referralsByMonth: [Int: Double] = [:]
    /// The share of referrals that are a child's re-referral within 12 months of a previous one.
    public var rereferral = 0.29
    public var rereferralByMonth: [Int: Double] = [:]
    /// The share of referrals closed with no further action before any assessment.
    public var noFurtherAction = 0.02
    /// The share of assessments authorised within 45 working days, by month of authorisation.
    public var assessmentInTime = 0.86
    public var assessmentInTimeByMonth: [Int: Double] = [:]
    /// The share of assessed referrals with a section 47 enquiry.
    public var section47 = 0.245
    public var section47ByMonth: [Int: Double] = [:]
    /// The share of section 47 enquiries that go to an initial child protection conference, and that are within 15 working days.
    public var conference = 0.32
    public var conferenceInTime = 0.91
    /// The share of conferences that start a child protection plan.
    public var plan = 0.9
    /// A plan's length: 2 months plus an exponential part with this mean, cut at 23 months except for a small tail.
    public var planMeanMonths = 11.3
    public var planTail = 0.003
    /// The share of assessed referrals (without a plan) that go on to a CIN plan, and its mean length in months.
    public var cinPlan = 0.24
    public var cinPlanMeanMonths = 4.0
    /// The share of children leaving a child protection plan who step down to a CIN plan.
    public var stepDown = 0.6
    /// Extra closures of open CIN plans in a month (a review of cases stepping down to early help), as a share of those open.
    public var closureWave: [Int: Double] = [:]

    public init(from: Day, to: Day, seed: UInt64, censusYears: ClosedRange<Int>) {
        self.from = from
        self.to = to
        self.seed = seed
        self.censusYears = censusYears
    }

    /// The month key of a day.
    public static func key(_ day: Day) -> Int { day.year * 12 + day.month - 1 }

    static func key(_ year: Int, _ month: Int) -> Int { year * 12 + month - 1 }

    func referrals(in month: Int) -> Double { referralsByMonth[month] ?? referrals }
    func rereferral(in month: Int) -> Double { rereferralByMonth[month] ?? rereferral }
    func assessmentInTime(in month: Int) -> Double { assessmentInTimeByMonth[month] ?? assessmentInTime }
    func section47(in month: Int) -> Double { section47ByMonth[month] ?? section47 }

    /// The example borough's front door, 2012/13 (warm-up) to 2019/20, calibrated to seed 004 (January 2017).
    ///
    /// Seed 004: 400–500 referrals a month before January 2017 and 292 in January; re-referrals 22.7% in
    /// January and 28.1% over the rolling 12 months; assessments within 45 working days 67.7% in January
    /// and 84.4% for April to January; S47 enquiries 111 in January; CIN 1,685 and CPP 330 at the end of
    /// January, when one child had been on a plan for over two years. Other months have no published figure.
    public static func exampleBorough(seed: UInt64, censusYears: ClosedRange<Int>) -> NeedParameters {
        var p = NeedParameters(from: Day.civil(censusYears.lowerBound - 3, 4, 1),
                               to: Day.civil(censusYears.upperBound, 3, 31), seed: seed, censusYears: censusYears)
        let monthly: [(Int, Int, Double)] = [
            (2016, 4, 455), (2016, 5, 470), (2016, 6, 480), (2016, 7, 440), (2016, 8, 410), (2016, 9, 470),
            (2016, 10, 490), (2016, 11, 470), (2016, 12, 405), (2017, 1, 292), (2017, 2, 330), (2017, 3, 360),
        ]
        for (y, m, n) in monthly { p.referralsByMonth[key(y, m)] = n }
        for m in key(2017, 4)...key(2020, 3) { p.referralsByMonth[m] = 360 }
        p.rereferralByMonth[key(2017, 1)] = 0.245
        p.assessmentInTimeByMonth[key(2017, 1)] = 0.45
        p.assessmentInTimeByMonth[key(2016, 12)] = 0.80
        p.section47ByMonth[key(2017, 1)] = 0.38
        p.closureWave[key(2016, 12)] = 0.12
        p.closureWave[key(2017, 1)] = 0.12
        return p
    }
}

extension NeedParameters {
    /// The example borough's mean monthly admissions to care, 2013/14 to 2019/20 (the front door above is sized to it).
    public static let exampleBoroughAdmissions = 21.5

    /// Multiplies every month's planned referrals (a borough of another size).
    public mutating func scaleReferrals(by factor: Double) {
        referrals *= factor
        for k in referralsByMonth.keys { referralsByMonth[k]! *= factor }
    }
}

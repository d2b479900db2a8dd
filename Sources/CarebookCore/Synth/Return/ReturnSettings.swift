/// The rates the other return tables are drawn with; `ReturnCalibrator` tunes them to published figures.
///
/// Event rates (reviews on time, adoptions within 12 months of the SHOBPA decision, how far
/// from the placement order to the adoptive placement the match falls) are kept per calendar
/// month from the first return year's April, so a rolling or monthly figure can be followed.
/// Snapshot rates (OC2 health and dental, OC3 accommodation and activity) are kept per return
/// year and met exactly by choosing which children have them.
public struct ReturnSettings: Sendable {
    /// The first day of month 0.
    public let firstMonth: Day
    /// The share of reviews held on time, by the month the review falls due.
    public var reviewOnTime: [Double]
    /// The share of adoptions completed within 12 months of the SHOBPA decision, by month of adoption.
    public var withinTwelveMonths: [Double]
    /// Where the match falls between the placement order (0) and the adoptive placement (1), by month of adoption.
    public var matchShare: [Double]
    /// Per return year (index into the years written): shares of the OC2 cohort with an up-to-date health assessment and dental check.
    public var healthAssessment: [Double]
    public var dentalCheck: [Double]
    /// Per return year: shares of care leavers aged 19–21 (not died, not returned home) in suitable accommodation and in EET.
    public var suitable: [Double]
    public var eet: [Double]
    /// The share of care leavers the authority is in touch with.
    public var inTouch = 0.985
    /// The yearly chance a looked-after child aged 12 or over goes missing at least once (younger children: a tenth of it).
    public var missingTeen = 0.22

    /// Hand-set starting values for a window of return years.
    public init(years: [ReturnYear]) {
        firstMonth = years.first?.start ?? Day(year: 2013, month: 4, day: 1)!
        let months = years.count * 12
        reviewOnTime = Array(repeating: 0.9, count: months)
        withinTwelveMonths = Array(repeating: 0.45, count: months)
        matchShare = Array(repeating: 0.5, count: months)
        healthAssessment = Array(repeating: 0.88, count: years.count)
        dentalCheck = Array(repeating: 0.7, count: years.count)
        suitable = Array(repeating: 0.95, count: years.count)
        eet = Array(repeating: 0.6, count: years.count)
    }

    /// The month index of a day (clamped to the months kept).
    func month(_ day: Day) -> Int {
        let (y, m, _) = day.components, (y0, m0, _) = firstMonth.components
        return min(max((y - y0) * 12 + (m - m0), 0), reviewOnTime.count - 1)
    }
}

/// The children-in-need microsimulation: referrals through the front door, assessment, section 47, conference and plans.
///
/// It runs after the SSDA903 simulation and never changes it: its draws come from
/// streams of their own (one for the front door, one for the children who enter
/// care), so the 903 files stay byte-identical whatever the front door does.
/// Every child the 903 data bring into care in the simulated years came through
/// a referral first (dated before the period of care starts, open while in care,
/// closed when care ends); the rest of each month's referrals are children who
/// never enter care, a planned share of them re-referred within 12 months.
public struct NeedSimulation {
    let parameters: NeedParameters
    let holidays = BankHolidays.englandAndWales
    var children: [NeedChild] = []
    var referrals: [NeedReferral] = []
    /// Each child's latest referral (index into `referrals`), or -1.
    var latest: [Int32] = []
    /// Children never in care with a referral in the last 13 months: the re-referral candidates.
    var recent: [Int32] = []
    var rng: SplitMix64
    var careRng: SplitMix64
    var assessmentSerial: Int32 = 0
    var planSerial: Int32 = 0

    init(parameters: NeedParameters) {
        self.parameters = parameters
        rng = SplitMix64(seed: parameters.seed, stream: 0xC1_4F0D)
        careRng = SplitMix64(seed: parameters.seed, stream: 0xC1_CA4E)
    }

    /// Runs the front door over `parameters.from...to`, with the referrals of the children the 903 writer wrote.
    public static func run(_ parameters: NeedParameters, care writer: EpisodeWriter) -> NeedResult {
        var sim = NeedSimulation(parameters: parameters)
        let careMonths = sim.careReferrals(writer)
        var month = parameters.from.startOfMonth, carry = 0.0
        while month <= parameters.to {
            let key = NeedParameters.key(month)
            carry += parameters.referrals(in: key) - Double(careMonths[key] ?? 0)
            let n = Int(carry.rounded(.down))
            carry -= Double(n)
            sim.month(month, referrals: n)
            month = month.adding(months: 1)
        }
        return NeedResult(children: sim.children, referrals: sim.referrals, parameters: parameters)
    }

    /// One month's referrals of children never in care, in date order, then any closure wave.
    ///
    /// The month's re-referrals and section 47 enquiries are quotas (the rate times the month's
    /// referrals, rounded), placed at random among its referrals from a stream of the month's own,
    /// so a month's figures follow its rates closely and do not shift with other months' draws.
    mutating func month(_ start: Day, referrals n: Int) {
        let end = start.endOfMonth, key = NeedParameters.key(start)
        let days = (0..<max(n, 0)).map { _ in start.adding(days: rng.below(Int(end.number - start.number) + 1)) }.sorted()
        var draws = SplitMix64(seed: parameters.seed, stream: 0xC1_DEC1 &+ UInt64(key))
        let again = NeedSimulation.quota(parameters.rereferral(in: key), of: days.count, &draws)
        let enquiry = NeedSimulation.quota(parameters.section47(in: key), of: days.count, &draws)
        let cutoff = start.adding(months: -13)
        recent.removeAll { children[Int($0)].lastReferral.map { $0 < cutoff } ?? true }
        for (k, day) in days.enumerated() {
            let c = again[k] ? rereferred(on: day) ?? newChild(on: day) : newChild(on: day)
            refer(c, on: day, enquiry: enquiry[k])
        }
        if let share = parameters.closureWave[key] { closeWave(share, from: start, to: end) }
    }

    /// `rate × n` (rounded) trues at random places among `n`.
    static func quota(_ rate: Double, of n: Int, _ rng: inout SplitMix64) -> [Bool] {
        var flags = (0..<n).map { $0 < Int((rate * Double(n)).rounded()) }
        for i in stride(from: n - 1, to: 0, by: -1) { flags.swapAt(i, rng.below(i + 1)) }
        return flags
    }

    /// A child never in care whose latest referral was within the last 12 months and is closed by `day`.
    mutating func rereferred(on day: Day) -> Int? {
        guard !recent.isEmpty else { return nil }
        let earliest = day.adding(months: -12).adding(days: 7)
        for _ in 0..<40 {
            let c = Int(recent[rng.below(recent.count)])
            let child = children[c]
            guard let last = child.lastReferral, last >= earliest, last < day,
                  let closed = referrals[Int(latest[c])].closure, closed < day else { continue }
            return c
        }
        return nil
    }

    /// A child first known to the front door on `day`.
    mutating func newChild(on day: Day) -> Int {
        let ages: [Double] = [14, 7, 6.5, 6, 6, 6, 5.5, 5.5, 5.5, 5.5, 5.5, 5.5, 5.5, 5.5, 5.5, 5.5, 4.5, 3]
        let age = rng.pick(ages)
        let dob = day.adding(days: -(age * 365 + rng.below(365)))
        var child = NeedChild(dob: dob, sex: rng.chance(0.5) ? 1 : 2,
                              ethnicity: UInt8(rng.pick(SynthCodes.ethnicityWeights)), careIndex: -1)
        if rng.chance(0.08) { child.disability = UInt8(rng.pick(NeedCodes.disabilityWeights)) }
        children.append(child)
        latest.append(-1)
        return children.count - 1
    }

    /// Records a referral for child `c` and makes it the child's latest.
    mutating func add(_ referral: NeedReferral) {
        let c = Int(referral.child)
        latest[c] = Int32(referrals.count)
        children[c].lastReferral = referral.date
        referrals.append(referral)
        if children[c].careIndex < 0 { recent.append(Int32(c)) }
    }

    /// Closes a share of the CIN plans open through the month (children stepped down to early help).
    mutating func closeWave(_ share: Double, from start: Day, to end: Day) {
        for r in referrals.indices {
            let ref = referrals[r]
            guard children[Int(ref.child)].careIndex < 0, ref.date < start, ref.closure.map({ $0 > end }) ?? true,
                  ref.plans.allSatisfy({ $0.span.end.map { $0 < start } ?? false }),
                  let last = ref.cinPlans.last, last.start < start, rng.chance(share) else { continue }
            let day = start.adding(days: rng.below(Int(end.number - start.number) + 1))
            referrals[r].cinPlans[referrals[r].cinPlans.count - 1].end = day
            referrals[r].closure = day
            referrals[r].closureReason = 9
        }
    }

    /// The date `n` working days after `day` (calendar days, 7 for 5, outside the bank holidays' years).
    func workingDays(_ n: Int, after day: Day) -> Day {
        (try? holidays.day(n, workingDaysAfter: day)) ?? day.adding(days: n * 7 / 5)
    }

    /// A length in months as days (30.44 a month).
    static func days(months: Double) -> Int { Int((months * 30.44).rounded()) }
}

/// What a run of the front-door simulation produced: every child and referral, before selection by census year.
public struct NeedResult: Sendable {
    var children: [NeedChild]
    var referrals: [NeedReferral]
    var parameters: NeedParameters

    /// The number of referrals generated (warm-up years included).
    public var referralCount: Int { referrals.count }
}

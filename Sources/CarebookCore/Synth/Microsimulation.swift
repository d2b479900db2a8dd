/// The SSDA903 microsimulation: children enter care, change legal status and placement, and leave, month by month.
///
/// Each child carries its own random stream (derived from the seed and the
/// child's serial number), so a change to one rate moves few other draws and
/// the calibrator sees smooth responses. Admissions per month and the planned
/// stock are inputs: exits each month are drawn, weighted by each child's path,
/// age and time in care, so that the number in care follows the plan; children
/// turning 18, adopted or at the end of remand leave on their own dates.
public struct Microsimulation {
    let parameters: SynthParameters
    var children: [SynthChild] = []
    var episodes: [SynthEpisode] = []
    /// Children in care now (ordinary care only), in admission order.
    var inCare: [Int32] = []
    /// Children receiving short breaks now.
    var shortBreakers: [Int32] = []
    /// Children who went home and might come back.
    var returned: [Int32] = []
    var returnedHead = 0
    var admissionCarry = 0.0
    /// Draws for the kind of each admission (single, siblings, UASC, return), independent of every rate tuned.
    var shared: SplitMix64
    /// Draws for short-break children, kept apart so they do not disturb the care population's draws.
    var breaks: SplitMix64
    var shortBreakSerial: UInt64 = 0
    /// The first day of the current month and its last day.
    var monthStart = Day(number: 0), monthEnd = Day(number: 0)
    var placementScale: [Double] = []

    init(parameters: SynthParameters) {
        self.parameters = parameters
        shared = SplitMix64(seed: parameters.seed, stream: 0xC0FFEE)
        breaks = SplitMix64(seed: parameters.seed, stream: 0xB4EA)
    }

    /// Runs the simulation from the start of the burn-in to `to`.
    public static func run(_ parameters: SynthParameters) -> SynthResult {
        var sim = Microsimulation(parameters: parameters)
        let months = SynthParameters.months(from: parameters.from, to: parameters.to)
        for m in (-parameters.burnInYears * 12)..<months { sim.month(m) }
        return SynthResult(children: sim.children, episodes: sim.episodes, parameters: parameters)
    }

    /// One month: admissions, each child's changes, then exits to follow the planned stock.
    mutating func month(_ m: Int) {
        let p = parameters
        monthStart = p.from.adding(months: m)
        monthEnd = min(p.from.adding(months: m + 1).adding(days: -1), p.to)
        placementScale = p.placementScale(on: monthStart)
        let (admitted, planned) = plan(m)
        admissionCarry += admitted
        while admissionCarry >= 1 { admissionCarry -= Double(admit()) }
        for k in inCare.indices { step(Int(inCare[k])) }
        inCare.removeAll { !children[Int($0)].inCare }
        leave(toward: planned)
        inCare.removeAll { !children[Int($0)].inCare }
        shortBreakMonth()
        compactReturned()
    }

    /// The admissions and planned end-of-month stock for month `m` (negative in the burn-in).
    func plan(_ m: Int) -> (admissions: Double, stock: Int) {
        let p = parameters
        guard m < 0 else { return (p.admissions[m], Int(p.stockPlan[m].rounded())) }
        let burn = p.burnInYears * 12
        let ramp = min(1, Double(m + burn + 1) / 60)
        return (p.admissions.first ?? p.initialStock / 28, Int((p.initialStock * ramp).rounded()))
    }

    /// The day after which a child's next event this month may fall: its latest episode start, or the end of last month.
    func earliest(_ c: Int) -> Day { max(children[c].lastStart, monthStart.adding(days: -1)) }

    /// A random day after `after` and on or before `last`; nil when there is none.
    static func day(after: Day, through last: Day, _ rng: inout SplitMix64) -> Day? {
        let span = Int(last.number - after.number)
        guard span >= 1 else { return nil }
        return after.adding(days: 1 + rng.below(span))
    }

    /// Ends a child's open episode on `day` with `reason` (X1 when another follows).
    mutating func close(_ c: Int, on day: Day, reason: UInt8) {
        let e = children[c].current
        guard e >= 0 else { return }
        episodes[e].end = day
        episodes[e].reasonCeased = reason
        children[c].current = -1
    }

    /// Starts a new episode for a child on `day`, copying the open one's fields and applying `change`.
    mutating func open(_ c: Int, on day: Day, rne: UInt8, change: (inout SynthEpisode) -> Void) {
        var next: SynthEpisode
        if children[c].current >= 0 {
            next = episodes[children[c].current]
            close(c, on: day, reason: SynthCodes.continued)
        } else {
            next = SynthEpisode(child: Int32(c), start: day, end: SynthEpisode.openEnd, rne: rne, legalStatus: 0,
                                categoryOfNeed: CodeList.none, place: 0, provider: CodeList.none,
                                reasonCeased: CodeList.none, reasonPlaceChange: CodeList.none,
                                homePost: children[c].home, placePost: 0)
        }
        next.start = day
        next.end = SynthEpisode.openEnd
        next.rne = rne
        next.reasonCeased = CodeList.none
        next.reasonPlaceChange = CodeList.none
        change(&next)
        children[c].current = episodes.count
        children[c].lastStart = day
        episodes.append(next)
    }
}

/// One generated SSDA903 episode, with codes as indices into `SSDA903Codes` lists (`CodeList.none` for blank).
struct SynthEpisode: Sendable {
    var child: Int32
    var start: Day
    /// `Day(number: .max)` while open.
    var end: Day
    var rne: UInt8
    var legalStatus: UInt8
    var categoryOfNeed: UInt8
    var place: UInt8
    var provider: UInt8
    var reasonCeased: UInt8
    var reasonPlaceChange: UInt8
    var homePost: UInt32
    var placePost: UInt32

    static let openEnd = Day(number: .max)
    var isOpen: Bool { end == SynthEpisode.openEnd }
}

/// One generated child: the header fields and the state the simulation keeps while the child is in care.
struct SynthChild: Sendable {
    var dob: Day
    var sex: UInt8
    var ethnicity: UInt8
    var uasc = false
    var shortBreaks = false
    var mother = false
    var motherChildDOB: Day?
    var home: UInt32 = 0
    var rng: SplitMix64

    var inCare = false
    var path: SynthPath = .other
    var group: SynthPlacement = .other
    var periodStart = Day(number: 0)
    var placementStart = Day(number: 0)
    /// The start of the child's latest episode: no new event may fall on or before it.
    var lastStart = Day(number: 0)
    /// The index of the child's open episode, or -1.
    var current = -1
    /// When an adoption-path child moves to its adoptive placement.
    var adoptiveMove: Day?
    /// When its placement order (E1) is made, when the adoption timing fixes it (else `placementOrderLead` before the move).
    var placementOrder: Day?
    /// When its placement order is revoked, for an adoption-path child who is never placed.
    var rescind: Day?
    /// Days placed for adoption before the adoption order, when the adoption timing fixes them at entry.
    var adoptiveStay: Int32?
    /// A scheduled end of care (adoption, remand ending, the end of a short-break agreement).
    var scheduledExit: Day?
    var scheduledReason: UInt8 = CodeList.none
    var lastLeft: Day?

    /// The 1st, 5th, 10th and 16th birthdays (day numbers), where the age bands change.
    let bandStarts: (Int32, Int32, Int32, Int32)
    /// The 18th birthday, when care ends.
    let eighteenth: Day

    init(dob: Day, sex: UInt8, ethnicity: UInt8, rng: SplitMix64) {
        self.dob = dob
        bandStarts = (dob.adding(months: 12).number, dob.adding(months: 60).number, dob.adding(months: 120).number,
                      dob.adding(months: 192).number)
        eighteenth = dob.adding(months: 216)
        self.sex = sex
        self.ethnicity = ethnicity
        self.rng = rng
    }

    /// Whole years of age on a day.
    func age(on day: Day) -> Int { dob.age(on: day) }

    /// The child's age band on a day.
    func band(on day: Day) -> Int {
        let d = day.number
        return d < bandStarts.0 ? 0 : d < bandStarts.1 ? 1 : d < bandStarts.2 ? 2 : d < bandStarts.3 ? 3 : 4
    }

    /// True from the 10th birthday.
    func isTenOrOver(on day: Day) -> Bool { day.number >= bandStarts.2 }

    /// Whole months between two days (30.44 days a month).
    static func months(from a: Day, to b: Day) -> Double { Double(b.number - a.number) / 30.44 }
}

/// What a run of the microsimulation produced: every child and episode, before selection for the window.
public struct SynthResult: Sendable {
    var children: [SynthChild]
    var episodes: [SynthEpisode]
    var parameters: SynthParameters

    /// The number of episodes generated (including burn-in history of children not written).
    public var generatedEpisodes: Int { episodes.count }
}

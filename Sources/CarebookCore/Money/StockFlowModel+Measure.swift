extension StockFlowModel {
    /// Measures the model's rates from the data over the `windowMonths` months ending on `start`.
    public init(measuring data: CareDataSet, start: Day, windowMonths: Int = 12) {
        let window = DayRange(from: start.adding(months: -windowMonths).adding(days: 1), to: start)
        let groups = data.mapping.groups.map(\.name)
        let states = groups.count * Self.bands
        func state(_ episode: Episode, _ day: Day) -> Int {
            Int(episode.group) * Self.bands + AgeBand(age: data.children[Int(episode.child)].age(on: day)).rawValue
        }
        var initial = [Double](repeating: 0, count: states)
        var mean = [Double](repeating: 0, count: states)
        let ends = window.monthEnds.filter { window.contains($0) }
        // One pass over the children for the start and every month end (each addition to a state
        // is the same amount, so the order they come in does not change the sums).
        let days = Set(ends + [start]).sorted()
        let share = 1 / Double(max(1, ends.count))
        let counts = Self.stockCounts(data, days: days, states: states)
        for (i, day) in days.enumerated() {
            if day == start { initial = (0..<states).map { Double(counts[i * states + $0]) } }
            if ends.contains(day) {
                for s in 0..<states { for _ in 0..<counts[i * states + s] { mean[s] += share } }
            }
        }
        var admissions = [Int](repeating: 0, count: states), leavers = admissions
        for p in data.admissionPeriods(window) {
            admissions[state(data.episodes[data.periods[p].episodes.lowerBound], data.periods[p].start)] += 1
        }
        for p in data.leavingPeriods(window) {
            let end = data.periods[p].end!
            leavers[state(data.episodes[data.periods[p].episodes.upperBound - 1], end.adding(days: -1))] += 1
        }
        var moves = [[Int]](repeating: [Int](repeating: 0, count: groups.count), count: states)
        for p in data.movePlacements(window) {
            let new = data.episodes[data.placements[p].episodes.lowerBound]
            let old = data.episodes[data.placements[p - 1].episodes.lowerBound]
            guard old.group != new.group else { continue }
            moves[state(old, data.placements[p].start)][Int(new.group)] += 1
        }
        self.init(groups: groups, start: start, window: window, windowMonths: windowMonths, initial: initial,
                  meanStock: mean, admissionCounts: admissions, leaverCounts: leavers, moveCounts: moves)
    }

    /// The children looked after on each of `days` (ascending) by state, as `counts[day * states + state]`.
    private static func stockCounts(_ data: CareDataSet, days: [Day], states: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: days.count * states)
        let dayParts = days.map(\.components)
        var born = (child: -1, date: (year: 0, month: 0, day: 0), known: true)
        counts.withUnsafeMutableBufferPointer { counts in
            data.forEachLookedAfter(on: days) { i, e in
                let episode = data.episodes[e.episode], child = Int(episode.child)
                if born.child != child {
                    let dob = data.children[child].dob
                    born = (child, dob?.components ?? (0, 0, 0), dob != nil)
                }
                let band = AgeBand(age: born.known ? age(born: born.date, on: dayParts[i]) : nil).rawValue
                counts[i * states + Int(episode.group) * bands + band] += 1
            }
        }
        return counts
    }

    /// Whole years of age, as `Day.age(on:)`, from dates already split into year, month and day.
    private static func age(born b: (year: Int, month: Int, day: Int), on d: (year: Int, month: Int, day: Int)) -> Int {
        var years = d.year - b.year
        if (d.month, d.day) < (b.month, b.day) { years -= 1 }
        return years
    }

    /// The stock on each month end after `start`, counted from the data (for backtests), by group.
    public static func actualByGroup(_ data: CareDataSet, monthEnds: [Day], groups: Int) -> [[Double]] {
        monthEnds.map { day in
            var counts = [Double](repeating: 0, count: groups)
            for e in data.lookedAfterEntries(on: day) { counts[Int(data.episodes[e.episode].group)] += 1 }
            return counts
        }
    }
}

extension StockFlowModel {
    /// Measures the model's rates from the data over the `windowMonths` months ending on `start`.
    public init(measuring data: CareDataSet, start: Day, windowMonths: Int = 12) {
        let window = DayRange(from: start.adding(months: -windowMonths).adding(days: 1), to: start)
        let groups = data.mapping.groups.map(\.name)
        let states = groups.count * Self.bands
        func state(_ episode: Episode, _ day: Day) -> Int {
            Int(episode.group) * Self.bands + AgeBand(age: data.children[Int(episode.child)].dob.age(on: day)).rawValue
        }
        var initial = [Double](repeating: 0, count: states)
        for e in data.lookedAfterEntries(on: start) { initial[state(data.episodes[e.episode], start)] += 1 }
        var mean = [Double](repeating: 0, count: states)
        let ends = window.monthEnds.filter { window.contains($0) }
        for day in ends {
            for e in data.lookedAfterEntries(on: day) { mean[state(data.episodes[e.episode], day)] += 1 / Double(max(1, ends.count)) }
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

    /// The stock on each month end after `start`, counted from the data (for backtests), by group.
    public static func actualByGroup(_ data: CareDataSet, monthEnds: [Day], groups: Int) -> [[Double]] {
        monthEnds.map { day in
            var counts = [Double](repeating: 0, count: groups)
            for e in data.lookedAfterEntries(on: day) { counts[Int(data.episodes[e.episode].group)] += 1 }
            return counts
        }
    }
}

/// A month-by-month scorecard: one row per indicator, one value per month, with YTD, direction of travel and RAG.
///
/// Laid out as the seeds' scorecard is read: indicators down the side, months
/// across, then the year to date (for financial-year measures), the direction
/// of travel since the month before, the RAG of the last month, and the
/// target and tolerances.
public struct Scorecard: Sendable {
    /// One indicator's line of the scorecard.
    public struct Row: Sendable {
        public var id: String
        public var name: String
        public var polarity: Polarity
        public var unit: IndicatorUnit
        /// The value for each month, in order.
        public var months: [IndicatorResult]
        /// The financial year to date at the last month, for financial-year measures.
        public var yearToDate: IndicatorResult?
        /// The last month against the one before.
        public var direction: DirectionOfTravel?
        /// The last month's rating.
        public var rag: RAG?
        public var thresholds: Thresholds
    }

    /// The last day of each month shown (the last may be the as-at day, mid-month).
    public var monthEnds: [Day]
    public var rows: [Row]

    /// `Jun-17`, the scorecard's month heading.
    public static func label(_ day: Day) -> String {
        let y = day.year % 100
        return Day.monthNames[day.month - 1] + "-" + (y < 10 ? "0" : "") + String(y)
    }

    /// The scorecard as a table: id, indicator, good, one text column per month, ytd, dot, rag, and the red, amber and green bands.
    public var table: Table {
        var t = TableColumns()
        t.text("id", rows.map(\.id))
        t.text("indicator", rows.map(\.name))
        t.text("good", rows.map(\.polarity.title))
        for (i, day) in monthEnds.enumerated() {
            t.text(Scorecard.label(day), rows.map { $0.unit.format($0.months[i].value) })
        }
        t.text("ytd", rows.map { row in row.yearToDate.map { row.unit.format($0.value) } })
        t.text("dot", rows.map { $0.direction?.symbol })
        t.text("rag", rows.map { $0.rag?.rawValue })
        // Each colour's band of values (as `RAG.rate` rates them), so that a red and amber given as one
        // threshold still read as three bands.
        let bands = rows.map { row in row.thresholds.bands(row.polarity) { row.unit.format($0) } }
        t.text("red", bands.map(\.red))
        t.text("amber", bands.map(\.amber))
        t.text("green", bands.map(\.green))
        let span = monthEnds.first.map { "\(Scorecard.label($0))–\(Scorecard.label(monthEnds.last!))" } ?? ""
        var table = t.table(rows: rows.count, origin: "scorecard \(span)")
        table.keys = [.directionOfTravel(name: "dot")]
        return table
    }
}

extension IndicatorCatalogue {
    /// The scorecard for the months from `from` to `to`: each month's value at its end (or over it, for event measures).
    public func scorecard(from: Day, to: Day, data: CareDataSet, population: Population? = .exampleBorough) -> Scorecard {
        var ends = DayRange(from: from, to: to).monthEnds
        if let last = ends.last, to < last { ends[ends.count - 1] = to }
        // One context per month, shared by every indicator (the snapshot is taken once); plus the month before, for DOT.
        let before = ends.first.map { $0.adding(days: -$0.components.day).endOfMonth }
        let contexts = ([before].compactMap { $0 } + ends).map { end in
            MeasureContext(data: data, window: DayRange.month(containing: end).clipped(to: end), population: population)
        }
        // An indicator whose return table is not loaded has no row, rather than a row of zeros.
        let rows = indicators.filter { $0.isAvailable(in: data) }.map { ind -> Scorecard.Row in
            let all = contexts.map { evaluate(ind, $0) }
            let shown = Array(all.dropFirst())
            let last = shown.last
            let previous = all.count >= 2 ? all[all.count - 2] : nil
            let ytd = ind.isYearToDate ? ends.last.map { evaluate(ind, over: .yearToDate($0), data: data, population: population) } : nil
            return Scorecard.Row(id: ind.id, name: ind.name, polarity: ind.polarity, unit: ind.unit, months: shown,
                                 yearToDate: ytd,
                                 direction: DirectionOfTravel.read(previous: ind.unit.rounded(previous?.value),
                                                                   current: ind.unit.rounded(last?.value),
                                                                   polarity: ind.polarity, tolerance: ind.unit.step / 2),
                                 rag: last?.rag, thresholds: ind.thresholds)
        }
        return Scorecard(monthEnds: ends, rows: rows)
    }
}

extension IndicatorCatalogue {
    /// The direction of travel of an indicator on `day`, as the scorecard reads it for a month ending that day:
    /// the value over the month to `day` against the whole month before, each rounded as printed, read with polarity.
    /// Nil when either month has no value.
    public func direction(_ indicator: Indicator, on day: Day, data: CareDataSet,
                          population: Population? = .exampleBorough) -> DirectionOfTravel? {
        let before = day.adding(days: -day.components.day).endOfMonth
        let months = [DayRange.month(containing: before), DayRange.month(containing: day).clipped(to: day)].map { window in
            evaluate(indicator, MeasureContext(data: data, window: window, population: population)).value
        }
        return DirectionOfTravel.read(previous: indicator.unit.rounded(months[0]), current: indicator.unit.rounded(months[1]),
                                      polarity: indicator.polarity, tolerance: indicator.unit.step / 2)
    }
}

extension DayRange {
    /// The range ending no later than `day`.
    func clipped(to day: Day) -> DayRange { DayRange(from: from, to: min(to, day)) }
}

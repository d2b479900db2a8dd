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

    /// The scorecard as a table: id, indicator, good, one number column per month, ytd, dot, rag, the red, amber
    /// and green bands, and the unit.
    ///
    /// A month column mixes counts, percentages, rates and days, so each cell is a number in its row's `unit`
    /// (percentages in points: `72.1` is 72.1%), unrounded; `rowUnits` tells CarebookRender to show each as its
    /// unit reads. The bands stay words (`9.6% to under 12.0%`): a within-limits red band is two ranges
    /// (`below 13.9 or above 20.2`) and band ends are closed or open by polarity, which a low and a high number
    /// would not say.
    public var table: Table {
        var t = TableColumns()
        t.text("id", rows.map(\.id))
        t.text("indicator", rows.map(\.name))
        t.text("good", rows.map(\.polarity.title))
        let months = monthEnds.map(Scorecard.label)
        for (i, month) in months.enumerated() {
            t.numbers(month, rows.map { $0.unit.cell($0.months[i].value) })
        }
        t.numbers("ytd", rows.map { row in row.unit.cell(row.yearToDate?.value) })
        t.text("dot", rows.map { $0.direction?.symbol })
        t.text("rag", rows.map { $0.rag?.rawValue })
        // Each colour's band of values (as `RAG.rate` rates them), so that a red and amber given as one
        // threshold still read as three bands.
        let bands = rows.map { row in row.thresholds.bands(row.polarity) { NumberText.indicator($0, row.unit) } }
        t.text("red", bands.map(\.red))
        t.text("amber", bands.map(\.amber))
        t.text("green", bands.map(\.green))
        // Last, so that a terminal too narrow for the whole scorecard drops it before the RAG and DOT (each month
        // cell is shown in its unit anyway).
        t.text("unit", rows.map(\.unit.rawValue))
        let span = monthEnds.first.map { "\(Scorecard.label($0))–\(Scorecard.label(monthEnds.last!))" } ?? ""
        var table = t.table(rows: rows.count, origin: "scorecard \(span)")
        table.keys = [.directionOfTravel(name: "dot")]
        var applies = Dictionary(uniqueKeysWithValues: months.map { ($0, rows.map { _ in true }) })
        applies["ytd"] = rows.map { $0.yearToDate != nil }
        table.rowUnits = RowUnits(units: rows.map(\.unit), columns: applies)
        return table
    }
}

extension IndicatorUnit {
    /// A value as a scorecard cell holds it: percentages in points (`0.721` → `72.1`), others as they are;
    /// nil when there is none.
    public func cell(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return self == .percent ? value * 100 : value
    }
}

extension IndicatorCatalogue {
    /// The scorecard for the months from `from` to `to`: each month's value at its end (or over it, for event measures).
    public func scorecard(from: Day, to: Day, data: CareDataSet, population: Population? = .exampleBorough) -> Scorecard {
        scorecard(from: from, to: to, data: data, population: population, defined: nil)
    }

    /// The scorecard, defined indicators evaluated by `defined`.
    func scorecard(from: Day, to: Day, data: CareDataSet, population: Population?, defined: DefinedMeasure?) -> Scorecard {
        var ends = DayRange(from: from, to: to).monthEnds
        if let last = ends.last, to < last { ends[ends.count - 1] = to }
        // One context per month, shared by every indicator (the snapshot is taken once); plus the month before, for DOT.
        let before = ends.first.map { $0.adding(days: -$0.components.day).endOfMonth }
        let contexts = ([before].compactMap { $0 } + ends).map { end in
            MeasureContext(data: data, window: DayRange.month(containing: end).clipped(to: end), population: population,
                           defined: defined)
        }
        // An indicator whose return table or census is not loaded has no row, rather than a row of zeros:
        // a 903-only session's scorecard is the 903 one, a CIN-only session's the CIN one.
        let inputs = IndicatorInputs.current
        let rows = indicators.filter { $0.isAvailable(in: data) && inputs.hasData(for: $0) }.map { ind -> Scorecard.Row in
            let all = contexts.map { evaluate(ind, $0) }
            let shown = Array(all.dropFirst())
            let last = shown.last
            let previous = all.count >= 2 ? all[all.count - 2] : nil
            let ytd = ind.isYearToDate ? ends.last.map {
                evaluate(ind, MeasureContext(data: data, window: .yearToDate($0), population: population, defined: defined))
            } : nil
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
        direction(indicator, on: day, data: data, population: population, defined: nil)
    }

    /// The direction of travel, defined indicators evaluated by `defined`.
    func direction(_ indicator: Indicator, on day: Day, data: CareDataSet, population: Population?,
                   defined: DefinedMeasure?) -> DirectionOfTravel? {
        let before = day.adding(days: -day.components.day).endOfMonth
        let months = [DayRange.month(containing: before), DayRange.month(containing: day).clipped(to: day)].map { window in
            evaluate(indicator, MeasureContext(data: data, window: window, population: population, defined: defined)).value
        }
        return DirectionOfTravel.read(previous: indicator.unit.rounded(months[0]), current: indicator.unit.rounded(months[1]),
                                      polarity: indicator.polarity, tolerance: indicator.unit.step / 2)
    }
}

extension DayRange {
    /// The range ending no later than `day`.
    func clipped(to day: Day) -> DayRange { DayRange(from: from, to: min(to, day)) }
}

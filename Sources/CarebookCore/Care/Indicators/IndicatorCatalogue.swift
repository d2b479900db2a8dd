/// The indicator catalogue: every indicator carebook computes, with its definition, polarity and targets.
///
/// `IndicatorCatalogue.standard` covers the seeds' scorecard (6.1–6.6, 6.8,
/// 8.1–8.5, 9.1, 9.2) plus average age at admission and net monthly change;
/// an LA sets its own targets with `withTargets(_:)`.
public struct IndicatorCatalogue: Sendable {
    public internal(set) var indicators: [Indicator]

    public init(indicators: [Indicator]) { self.indicators = indicators }

    /// The indicator with this id.
    public subscript(id: String) -> Indicator? {
        indicators.first { $0.id == id.trimmingSpaces }
    }

    /// The indicator with this id, or an error suggesting the nearest id.
    public func indicator(_ id: String) -> Result<Indicator, Diagnostic> {
        if let found = self[id] { return .success(found) }
        return .failure(Diagnostic.unknownName(id, what: "indicator", at: nil, candidates: indicators.map(\.id)))
    }

    /// Evaluates an indicator as at `day`: a snapshot on the day, or for a financial-year measure the year to date.
    public func evaluate(id: String, on day: Day, data: CareDataSet,
                         population: Population? = .exampleBorough) -> Result<IndicatorResult, Diagnostic> {
        indicator(id).flatMap { ind in ind.available(in: data) }.map { ind in
            let window = ind.isYearToDate ? DayRange.yearToDate(day) : DayRange(from: day, to: day)
            return evaluate(ind, over: window, data: data, population: population)
        }
    }

    /// Evaluates an indicator over a window: events in it, or the snapshot on its last day.
    public func evaluate(id: String, from: Day, to: Day, data: CareDataSet,
                         population: Population? = .exampleBorough) -> Result<IndicatorResult, Diagnostic> {
        indicator(id).flatMap { $0.available(in: data) }
            .map { evaluate($0, over: DayRange(from: from, to: to), data: data, population: population) }
    }

    /// Evaluates an indicator over a window.
    public func evaluate(_ indicator: Indicator, over window: DayRange, data: CareDataSet,
                         population: Population?) -> IndicatorResult {
        evaluate(indicator, MeasureContext(data: data, window: window, population: population))
    }

    func evaluate(_ indicator: Indicator, _ context: MeasureContext) -> IndicatorResult {
        let m = indicator.measure(context)
        var value = m.value
        if value == nil, let d = m.denominator {
            value = d > 0 ? m.numerator / d : nil
        } else if value == nil, indicator.unit == .count {
            value = m.numerator
        }
        let rag = value.flatMap { RAG.rate(value: $0, thresholds: indicator.thresholds, polarity: indicator.polarity) }
        // A rolling measure reports the months it looked at: at 2017-06-30, 2016-07-01 to 2017-06-30.
        let window = indicator.lookbackMonths.map {
            DayRange(from: context.day.adding(months: -$0).adding(days: 1), to: context.day)
        } ?? context.window
        return IndicatorResult(id: indicator.id, name: indicator.name, unit: indicator.unit, window: window,
                               numerator: m.numerator, denominator: m.denominator, value: value,
                               children: m.children, rag: rag, unknownAge: m.unknownAge)
    }
}

/// Evaluates a defined indicator's expressions over a period: supplied by the language layer, which owns the evaluator.
typealias DefinedMeasure = (IndicatorDefinition, DayRange) -> Measurement

extension Indicator {
    /// An indicator defined in the language; its measure asks the context's `DefinedMeasure` to evaluate it.
    public init(defined definition: IndicatorDefinition, id: String, name: String, polarity: Polarity,
                unit: IndicatorUnit, description: String, numerator: String, denominator: String?,
                thresholds: Thresholds) {
        self.init(id: id, name: name, polarity: polarity, unit: unit, definition: description, numerator: numerator,
                  denominator: denominator, isYearToDate: definition.period == .yearToDate, thresholds: thresholds,
                  lookbackMonths: definition.period == .rollingYear ? 12 : nil) { context in
            guard let evaluate = context.defined else { return Measurement(numerator: .nan, children: []) }
            var m = evaluate(definition, definition.period.days(context.window))
            if unit == .ratePer10000, let d = m.denominator { m.value = d > 0 ? m.numerator / d * 10_000 : nil }
            return m
        }
        self.defined = definition
    }
}

extension IndicatorCatalogue {
    /// True for the ids of the built-in catalogue (`IndicatorCatalogue.standard`).
    public static func isBuiltIn(_ id: String) -> Bool { standard[id] != nil }

    /// The catalogue with `indicator` added, or replacing the one with its id (keeping its place in the order).
    ///
    /// A new numbered id takes its place in the scorecard's order (6.12 after 6.8, before 8.1; 11.3 after the
    /// numbered ones); any other id (`L1`) goes last.
    public func defining(_ indicator: Indicator) -> IndicatorCatalogue {
        var copy = self
        if let i = copy.indicators.firstIndex(where: { $0.id == indicator.id }) {
            copy.indicators[i] = indicator
        } else if let key = Self.numberKey(indicator.id),
                  let i = copy.indicators.firstIndex(where: { Self.numberKey($0.id).map { key.lexicographicallyPrecedes($0) } ?? true }) {
            copy.indicators.insert(indicator, at: i)
        } else {
            copy.indicators.append(indicator)
        }
        return copy
    }

    /// `6.12` → [6, 12]; nil for an id that is not dotted numbers.
    static func numberKey(_ id: String) -> [Int]? {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.map { $0! }
    }

    /// The catalogue with the built-in indicators' targets as shipped and the defined ones' as defined:
    /// what a targets file is applied to, so that it can set a defined indicator's targets too.
    public var withStandardTargets: IndicatorCatalogue {
        var copy = self
        for (i, ind) in copy.indicators.enumerated() where ind.defined == nil {
            if let shipped = IndicatorCatalogue.standard[ind.id] { copy.indicators[i].thresholds = shipped.thresholds }
        }
        return copy
    }
}

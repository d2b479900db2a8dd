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
    public func defining(_ indicator: Indicator) -> IndicatorCatalogue {
        var copy = self
        if let i = copy.indicators.firstIndex(where: { $0.id == indicator.id }) {
            copy.indicators[i] = indicator
        } else {
            copy.indicators.append(indicator)
        }
        return copy
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

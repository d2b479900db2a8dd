extension Suppression {
    /// A phrase as published, its lines kept: a small count `c` (`c children`), a small whole figure `c`,
    /// an indicator's result worded as published (`IndicatorResult` through `published(_:)`).
    public func apply(to phrase: Phrase) -> Phrase {
        Phrase(phrase.lines.map { Phrase.Line($0.style, $0.parts.map(published)) })
    }

    /// One part as published: figures that could count a few children become words with `c` in them.
    func published(_ part: Phrase.Part) -> Phrase.Part {
        switch part {
        case let .count(n, one, many) where isSmall(Double(n)):
            .words(one.isEmpty && many.isEmpty ? Suppression.mark : Suppression.mark + " " + many)
        case let .number(x) where isSmall(x):
            .words(Suppression.mark)
        case let .indicator(x?, unit):
            .words(published(x, unit))
        case let .reading(r):
            .words(published(r))
        default:
            part
        }
    }

    /// A result with what it counted as published: small numerators and denominators `c`, the value `c`
    /// when worked out from one (as `apply(to: IndicatorReading)` does), a percentage rounded to a whole one.
    public func published(_ r: IndicatorResult) -> String {
        let small = isSmall(r.numerator) || (r.denominator.map(isSmall) ?? false)
        return NumberText.indicator(r, count: { self.isSmall($0) ? Suppression.mark : NumberText.grouped(Int($0.rounded())) },
                                    shown: { small ? Suppression.mark : self.published($0.value, $0.unit) })
    }

    /// An indicator's value as published: a small count `c`, a percentage rounded to a whole one.
    func published(_ x: Double?, _ unit: IndicatorUnit) -> String {
        guard let x, x.isFinite else { return NumberText.indicator(x, unit) }
        switch unit {
        case .count: return isSmall(x) ? Suppression.mark : NumberText.indicator(x, unit)
        case .percent: return NumberText.percent(rounded(percent: x), alwaysDecimal: false)
        case .ratePer10000, .years, .averageCount, .averageDays, .change: return NumberText.indicator(x, unit)
        }
    }
}

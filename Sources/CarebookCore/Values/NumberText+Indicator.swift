/// Indicator values as the scorecard, `explain` and `indicator()` print them.
extension NumberText {
    /// The value in its unit: `522`, `12.1%`, `92.6`, `11.2`, `+18`; `–` when there is none.
    public static func indicator(_ value: Double?, _ unit: IndicatorUnit) -> String {
        guard let value, value.isFinite else { return "–" }
        switch unit {
        case .count: return grouped(Int(value.rounded()))
        case .percent: return oneDecimal(value * 100) + "%"
        case .ratePer10000, .years, .averageCount, .averageDays: return oneDecimal(value)
        case .change:
            let n = Int(value.rounded())
            return (n > 0 ? "+" : "") + grouped(n)
        }
    }

    /// A result with what it counted: `63 of 522, 12.1%`; `522`; `92.6 per 10,000 (522 of 56,356 aged 0–17)`;
    /// `11.2 years (average of 33)`; `+18 (522, was 504)`.
    ///
    public static func indicator(_ result: IndicatorResult) -> String {
        indicator(result, count: { grouped(Int($0.rounded())) }, shown: { indicator($0.value, $0.unit) })
    }

    /// A result in the same wording with the numerator and denominator spelled by `count` and the value by
    /// `shown`: a published report passes spellers that suppress small counts.
    public static func indicator(_ result: IndicatorResult, count: (Double) -> String,
                                 shown: (IndicatorResult) -> String) -> String {
        let shown = shown(result)
        let n = count(result.numerator)
        let d = result.denominator.map(count) ?? "–"
        switch result.unit {
        case .percent: return "\(n) of \(d), \(shown)"
        case .count: return shown
        case .ratePer10000: return "\(shown) per 10,000 (\(n) of \(d) aged 0–17)"
        case .years: return "\(shown) years (average of \(d))"
        case .change: return "\(shown) (\(n), was \(d))"
        case .averageCount, .averageDays:
            let total = result.numerator == result.numerator.rounded() ? n : brief(result.numerator)
            return result.denominator == nil ? shown : "\(shown) (\(total) over \(d))"
        }
    }
}

/// The value of an indicator over a window, with its numerator, denominator and the children counted.
public struct IndicatorResult: Sendable {
    public var id: String
    public var name: String
    public var unit: IndicatorUnit
    /// The window: events counted in it, or the snapshot taken on its last day.
    public var window: DayRange
    public var numerator: Double
    public var denominator: Double?
    /// The value (percentages as fractions); nil when the denominator is zero or missing.
    public var value: Double?
    /// CHILD ids counted in the numerator.
    public var children: [String]
    /// The rating against the target, when one is set.
    public var rag: RAG?
    /// CHILD ids left out because the indicator needs an age and their date of birth is unknown.
    public var unknownAge: [String] = []

    /// `63 of 522, 12.1%`; `522`; `92.6 per 10,000 (522 of 56,356 aged 0–17)`; `11.2 years (average of 33)`; `+18 (522, was 504)`.
    public var text: String {
        let shown = unit.format(value)
        let n = NumberText.grouped(Int(numerator.rounded()))
        let d = denominator.map { NumberText.grouped(Int($0.rounded())) } ?? "–"
        switch unit {
        case .percent: return "\(n) of \(d), \(shown)"
        case .count: return shown
        case .ratePer10000: return "\(shown) per 10,000 (\(n) of \(d) aged 0–17)"
        case .years: return "\(shown) years (average of \(d))"
        case .change: return "\(shown) (\(n), was \(d))"
        case .averageCount, .averageDays:
            let total = numerator == numerator.rounded() ? n : NumberText.brief(numerator)
            return denominator == nil ? shown : "\(shown) (\(total) over \(d))"
        }
    }
}

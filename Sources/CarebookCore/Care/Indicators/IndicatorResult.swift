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
    /// Why there is no value when the data the indicator is counted from is not loaded ("no contacts table is loaded").
    public var notLoaded: String? = nil
}

/// One indicator of the scorecard: what it is, how it reads, and how it is counted.
///
/// The catalogue holds one of these per indicator; its `definition` is the text
/// `explain` prints, so what the indicator says and what it computes sit together.
public struct Indicator: Sendable {
    /// The scorecard's id, `8.2`.
    public var id: String
    public var name: String
    public var polarity: Polarity
    public var unit: IndicatorUnit
    /// Plain-English definition for a new performance officer.
    public var definition: String
    /// What is counted on top (for a percentage), or what the value counts.
    public var numerator: String
    /// What the numerator is divided by; nil for counts.
    public var denominator: String?
    /// The tables of the 903 return it reads, any one of which must be loaded (none: header and episodes suffice).
    public var needs: [SSDA903Kind] = []
    /// True for a financial-year measure: each month counts that month's events, with a year-to-date total.
    public var isYearToDate: Bool
    /// Target and tolerances.
    public var thresholds: Thresholds
    /// For a snapshot measure over the months up to the day (8.2's rolling twelve months), how many:
    /// the window its result reports is then those months, not the day alone.
    public var lookbackMonths: Int? = nil
    /// Computes the figures over a window (as at its last day for snapshot measures).
    let measure: @Sendable (MeasureContext) -> Measurement
}

/// The raw figures of one evaluation of an indicator.
struct Measurement {
    var numerator: Double
    var denominator: Double?
    /// The value when it is not simply numerator ÷ denominator (a rate, an average, a change).
    var value: Double?
    var children: [String]
    /// CHILD ids left out because the measure needs an age and their date of birth is unknown.
    var unknownAge: [String] = []
}

/// What an indicator is computed over: the data, the window and a population, with the snapshot computed once.
final class MeasureContext {
    let data: CareDataSet
    let window: DayRange
    let population: Population?
    private var cached: [LookedAfterEntry]?

    init(data: CareDataSet, window: DayRange, population: Population?) {
        self.data = data
        self.window = window
        self.population = population
    }

    /// The day snapshot measures are taken on: the window's last day.
    var day: Day { window.to }

    /// The children looked after on `day`.
    var lookedAfter: [LookedAfterEntry] {
        if let cached { return cached }
        let entries = data.lookedAfterEntries(on: day)
        cached = entries
        return entries
    }

    /// The ids of the given children.
    func ids(_ children: [Int]) -> [String] { children.map { data.children[$0].id } }
}

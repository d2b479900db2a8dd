/// An indicator defined in the carebook language: what it counts, as expressions evaluated per period.
///
/// Core cannot evaluate expressions, so a defined indicator's `measure` hands this to the
/// `DefinedMeasure` the language layer puts in the `MeasureContext` (see `IndicatorCatalogue+Defined`).
public struct IndicatorDefinition: Sendable {
    /// What the value counts: a number, or a table whose rows are counted.
    public var numerator: Expr
    /// What the numerator is divided by; nil for a count, a maximum or any value given whole.
    public var denominator: Expr?
    public var period: IndicatorPeriod
    /// The `indicator` statement as written, for `explain`.
    public var source: String

    public init(numerator: Expr, denominator: Expr?, period: IndicatorPeriod, source: String) {
        self.numerator = numerator
        self.denominator = denominator
        self.period = period
        self.source = source
    }
}

/// Which days a defined indicator is evaluated over, bound to `period_start` and `period_end`.
public enum IndicatorPeriod: String, Sendable, CaseIterable {
    /// A snapshot on the month's last day (or the day asked for): `period_start` is the 1st of that month.
    case monthEnd = "month_end"
    /// The financial year to date (April–March); each scorecard month counts that month, with a year-to-date column.
    case yearToDate = "year_to_date"
    /// The twelve months to the day (`rolling_year`): 1 Jul 2016–30 Jun 2017 at 30 Jun 2017.
    case rollingYear = "rolling_year"

    /// How the period reads in `explain`.
    public var title: String {
        switch self {
        case .monthEnd: "as at the month end (a snapshot on the day)"
        case .yearToDate: "financial year to date (each month its own events; April–March)"
        case .rollingYear: "rolling twelve months to the day"
        }
    }

    /// The days the expressions see when the catalogue evaluates over `window`.
    func days(_ window: DayRange) -> DayRange {
        switch self {
        case .monthEnd: DayRange(from: window.to.startOfMonth, to: window.to)
        case .yearToDate: window
        case .rollingYear: DayRange.rolling12Months(endingOn: window.to)
        }
    }
}

/// The data besides the 903 data set that indicators are counted from: the CIN census (when loaded),
/// whether the 903 data is loaded at all, and the bank holidays for working days.
///
/// The catalogue's `evaluate`, `scorecard` and `direction` read the inputs in force where they are called
/// (`IndicatorInputs.$current.withValue(inputs) { … }`), so their signatures stay those of the 903 alone;
/// outside any, there is no CIN data, the 903 data counts as loaded, and England and Wales bank holidays apply.
public struct IndicatorInputs: Sendable {
    public var need: CINDataSet?
    public var careLoaded: Bool
    public var holidays: BankHolidays

    public init(need: CINDataSet? = nil, careLoaded: Bool = true, holidays: BankHolidays = .englandAndWales) {
        self.need = need
        self.careLoaded = careLoaded
        self.holidays = holidays
    }

    /// The inputs in force for the indicators evaluated now.
    @TaskLocal public static var current = IndicatorInputs()
}

extension MeasureContext {
    /// The Children in Need census data, when loaded (CIN indicators give no value without it).
    var need: CINDataSet? { inputs.need }
    /// False when no 903 data is loaded (`data` is then empty and 903 indicators give no value).
    var careLoaded: Bool { inputs.careLoaded }
    /// Bank holidays for working-day measures.
    var holidays: BankHolidays { inputs.holidays }
}

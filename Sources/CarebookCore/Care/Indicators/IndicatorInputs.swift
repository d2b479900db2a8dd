/// The data besides the 903 data set that indicators are counted from: the CIN census (when loaded),
/// whether the 903 data is loaded at all, and the bank holidays for working days.
public struct IndicatorInputs: Sendable {
    public var need: CINDataSet?
    public var careLoaded: Bool
    public var holidays: BankHolidays

    public init(need: CINDataSet? = nil, careLoaded: Bool = true, holidays: BankHolidays = .englandAndWales) {
        self.need = need
        self.careLoaded = careLoaded
        self.holidays = holidays
    }
}

extension MeasureContext {
    convenience init(data: CareDataSet, window: DayRange, population: Population?, inputs: IndicatorInputs) {
        self.init(data: data, window: window, population: population, need: inputs.need, careLoaded: inputs.careLoaded,
                  holidays: inputs.holidays)
    }
}

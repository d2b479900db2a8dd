import CarebookCore

extension IndicatorReading {
    /// What the reading is, as its record's title: `8.2 Placement stability: 63 of 522, 12.1%`; with no
    /// value when its data is not loaded: `CIN17 Contacts: no value (no contacts table is loaded)`.
    public var title: String {
        "\(result.id) \(result.name): " + (result.notLoaded.map { "no value (\($0))" } ?? NumberText.indicator(result))
    }
}

extension IndicatorReading {
    /// The reading's record, titled with its value in words.
    var titledRecord: Record {
        var record = self.record
        record.title = title
        return record
    }
}

extension Value {
    /// The record CarebookRender draws for a value read through its fields (a plan, projection, backtest
    /// or indicator reading), or a record itself; an indicator reading titled with its value in words.
    var shownRecord: Record? {
        guard case let .indicator(reading) = self else { return fieldRecord }
        return reading.titledRecord
    }
}

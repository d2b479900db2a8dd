/// What `indicator("8.2")` returns: the indicator's result and its direction of travel (`Value.indicator`).
public struct IndicatorReading: Sendable {
    public var result: IndicatorResult
    /// The direction of travel on the result's last day, as the scorecard reads it; nil when there is none.
    public var direction: DirectionOfTravel?

    public init(result: IndicatorResult, direction: DirectionOfTravel?) {
        self.result = result
        self.direction = direction
    }

    /// What the reading is: `8.2 Placement stability: 63 of 522, 12.1%`.
    /// With no value when its data is not loaded: `CIN17 Contacts: no value (no contacts table is loaded)`.
    public var title: String {
        "\(result.id) \(result.name): " + (result.notLoaded.map { "no value (\($0))" } ?? result.text)
    }

    /// The value as the language sees it: a percent, a count or a rate.
    public var value: Value {
        guard let v = result.value else { return .missing }
        return result.unit == .percent ? .percent(v) : .number(v)
    }

    /// The fields as the language reads them (`r.value`, `r.dot`), titled by `title`.
    public var record: Record {
        let r = result
        return Record(title: title, fields: [
            ("value", value), ("numerator", .number(r.numerator)),
            ("denominator", r.denominator.map { .number($0) } ?? .missing),
            ("from", .date(r.window.from)), ("to", .date(r.window.to)),
            ("rag", r.rag.map { .text($0.rawValue) } ?? .missing),
            ("dot", direction.map { .text($0.symbol) } ?? .missing),
        ], keys: [.directionOfTravel(name: "dot")])
    }
}

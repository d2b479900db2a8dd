/// What the symbols in a table's column or a record's field mean, as a value: CarebookRender words the key.
public enum SymbolKey: Sendable, Equatable {
    /// The column or field holds direction-of-travel arrows (`DirectionOfTravel.symbol`), read with polarity.
    case directionOfTravel(name: String)

    /// The column or field the key explains.
    public var name: String {
        switch self {
        case let .directionOfTravel(name): name
        }
    }
}

/// What the symbols in a table's column mean, as a value: CarebookRender words the key under the table.
public enum TableKey: Sendable, Equatable {
    /// The column holds direction-of-travel arrows (`DirectionOfTravel.symbol`), read with each row's polarity.
    case directionOfTravel(column: String)

    /// The column the key explains.
    public var column: String {
        switch self {
        case let .directionOfTravel(column): column
        }
    }
}

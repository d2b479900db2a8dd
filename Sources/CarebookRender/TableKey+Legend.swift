import CarebookCore

extension TableKey {
    /// The key as one line under the table.
    ///
    /// Direction of travel is read with polarity: `↑` is better whether the measure went up
    /// (high is good) or down (low is good); measures shown for information just go up or down.
    public var legend: String {
        switch self {
        case let .directionOfTravel(column):
            "\(column): direction since the month before, read with polarity — ↑ better · ↓ worse · → unchanged (Info: ↑ up · ↓ down)"
        }
    }
}

extension Table {
    /// The legends of the keys whose column the table still has, in order.
    public var legends: [String] {
        keys.filter { column(named: $0.column) != nil }.map(\.legend)
    }
}

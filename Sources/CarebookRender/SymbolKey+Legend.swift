import CarebookCore

extension SymbolKey {
    /// The key as one line under the table or record.
    ///
    /// Direction of travel is read with polarity: `↑` is better whether the measure went up
    /// (high is good) or down (low is good); measures shown for information just go up or down.
    public var legend: String {
        switch self {
        case let .directionOfTravel(name):
            "\(name): direction since the month before, read with polarity — ↑ better · ↓ worse · → unchanged (Info: ↑ up · ↓ down)"
        }
    }
}

extension Table {
    /// The legends of the keys whose column the table still has, in order.
    public var legends: [String] { legends(hiding: []) }

    /// The legends of the keys whose column the table has and shows (not among `hidden`, the columns
    /// left out to fit the width).
    func legends(hiding hidden: [String]) -> [String] {
        keys.filter { column(named: $0.name) != nil && !hidden.contains($0.name) }.map(\.legend)
    }
}

extension Record {
    /// The legends of the keys whose field the record still has, in order.
    public var legends: [String] {
        keys.filter { self[$0.name] != nil }.map(\.legend)
    }
}

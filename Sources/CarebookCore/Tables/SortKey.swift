/// One key of a table sort: a column index and a direction.
public struct SortKey: Sendable, Hashable {
    public var column: Int
    public var descending: Bool

    public init(column: Int, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }
}

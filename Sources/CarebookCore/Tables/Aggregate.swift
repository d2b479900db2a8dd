/// The functions that summarise a column (or count rows) for a table or each group of it.
public enum AggregateFunction: String, Sendable, CaseIterable {
    case count, sum, mean, median, min, max
}

/// One summary column of a grouped table: a function, the column it reads, and the result's name.
public struct Aggregate: Sendable {
    public var function: AggregateFunction
    /// The column summarised; nil only for `count`, which then counts rows.
    public var column: Int?
    /// The name of the result column.
    public var name: String

    public init(_ function: AggregateFunction, column: Int? = nil, name: String) {
        self.function = function
        self.column = column
        self.name = name
    }
}

extension Table {
    /// One aggregate over a whole column: `count` of non-missing cells, `sum`, `mean`, `median`, `min`, `max`.
    ///
    /// An empty column gives 0 for count and sum, missing for the others; a
    /// function that does not apply to the column's type is a diagnostic naming it.
    public func aggregate(_ function: AggregateFunction, column: Int) -> Result<Value, Diagnostic> {
        do {
            let summary = try ColumnSummary(function, column: columns[column])
            return .success(try summary.value(over: 0..<rowCount))
        } catch {
            return .failure(error)
        }
    }
}

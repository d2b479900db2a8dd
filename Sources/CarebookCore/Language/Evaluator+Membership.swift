extension Evaluator {
    /// The list on the right of `in` for every row at once: a list literal, or an expression that reads no
    /// column of the table (`CHILD in (peps where pep_date <= period_end).child`), evaluated once rather than
    /// once per row. Nil when it reads the row, is not a list, or fails (the row path then reports the error).
    func membershipList(_ expr: Expr, _ table: Table, _ index: ColumnIndex) -> [Value]? {
        if case let .constant(value)? = vector(expr, table, index), let items = CohortAlgebra.members(value) { return items }
        guard !expr.scopeNames.contains(where: { index[$0] != nil }),
              let value = try? evaluate(expr), let items = CohortAlgebra.members(value) else { return nil }
        return items
    }
}

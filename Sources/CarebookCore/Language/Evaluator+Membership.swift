extension Evaluator {
    /// The list on the right of `in` for every row at once: a list literal, or an expression that reads no
    /// column of the table (`CHILD in (peps where pep_date <= period_end).child`), evaluated once rather than
    /// once per row. Nil when it reads the row, is not a list, or fails (the row path then reports the error).
    func membershipList(_ expr: Expr, _ table: Table, _ index: ColumnIndex) -> [Value]? {
        if case let .constant(.list(items))? = vector(expr, table, index) { return items }
        guard !expr.scopeNames.contains(where: { index[$0] != nil }),
              case let .list(items)? = try? evaluate(expr) else { return nil }
        return items
    }
}

extension Expr {
    /// The names the expression reads in the scope it is evaluated in: not those a table clause reads in its
    /// own table's rows (`pep_date` in `peps where pep_date <= d`), which cannot see an outer row.
    var scopeNames: Set<String> {
        var out: Set<String> = []
        collectScopeNames(into: &out)
        return out
    }

    private func collectScopeNames(into out: inout Set<String>) {
        switch kind {
        case .literal: break
        case let .name(n): out.insert(n)
        case let .list(items): for item in items { item.collectScopeNames(into: &out) }
        case let .unary(_, e): e.collectScopeNames(into: &out)
        case let .binary(_, a, b): a.collectScopeNames(into: &out); b.collectScopeNames(into: &out)
        case let .within(a, tolerance, target):
            a.collectScopeNames(into: &out); tolerance.collectScopeNames(into: &out); target.collectScopeNames(into: &out)
        case let .call(_, args): for arg in args { arg.value.collectScopeNames(into: &out) }
        case let .field(e, _): e.collectScopeNames(into: &out)
        case let .clause(e, clause):
            e.collectScopeNames(into: &out)
            switch clause {
            case let .top(n), let .join(n), let .at(n): n.collectScopeNames(into: &out)
            case .where, .by, .sort, .select, .with: break
            }
        }
    }
}

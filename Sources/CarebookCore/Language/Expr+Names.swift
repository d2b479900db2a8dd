extension Expr {
    /// Every name the expression reads, at any depth (column names and session names alike).
    public var names: Set<String> {
        var out: Set<String> = []
        collectNames(into: &out, clauseArguments: false)
        return out
    }

    /// The names the expression reads in the scope it is evaluated in, with those of the clause arguments
    /// evaluated there (`top N`, `with TRACKER`, `at DATE`); not those a clause reads in its own table's rows
    /// (`pep_date` in `peps where pep_date <= d`), which cannot see an outer row.
    var scopeNames: Set<String> {
        var out: Set<String> = []
        collectNames(into: &out, clauseArguments: true)
        return out
    }

    private func collectNames(into out: inout Set<String>, clauseArguments: Bool) {
        func walk(_ e: Expr) { e.collectNames(into: &out, clauseArguments: clauseArguments) }
        switch kind {
        case .literal: break
        case let .name(n): out.insert(n)
        case let .list(items): items.forEach(walk)
        case let .unary(_, e): walk(e)
        case let .binary(_, a, b): walk(a); walk(b)
        case let .within(a, tolerance, target): walk(a); walk(tolerance); walk(target)
        case let .call(_, args): args.forEach { walk($0.value) }
        case let .field(e, _): walk(e)
        case let .clause(e, clause):
            walk(e)
            guard clauseArguments else { break }
            switch clause {
            case let .top(n), let .join(n), let .at(n): walk(n)
            case .where, .by, .sort, .select, .with: break
            }
        }
    }
}

extension Table {
    /// True when `expr`, evaluated over this table's rows, reads a column that identifies a child:
    /// what it computes (`"id " + child`, `with who = child`, `list(child)`) identifies one too.
    func isIdentifierRead(by expr: Expr, _ index: ColumnIndex) -> Bool {
        expr.names.contains { index[$0].map { columns[$0].isIdentifier } ?? false }
    }
}

extension Column {
    /// The column, flagged as an identifier when `tainted`.
    func flagged(_ tainted: Bool) -> Column {
        guard tainted, !isIdentifier else { return self }
        var copy = self
        copy.isIdentifier = true
        return copy
    }
}

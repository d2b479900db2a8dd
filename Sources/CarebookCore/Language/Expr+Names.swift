extension Expr {
    /// Every name the expression reads, at any depth (column names and session names alike).
    public var names: Set<String> {
        var out: Set<String> = []
        collectNames(into: &out)
        return out
    }

    private func collectNames(into out: inout Set<String>) {
        switch kind {
        case .literal: break
        case let .name(n): out.insert(n)
        case let .list(items): for item in items { item.collectNames(into: &out) }
        case let .unary(_, e): e.collectNames(into: &out)
        case let .binary(_, a, b): a.collectNames(into: &out); b.collectNames(into: &out)
        case let .within(a, tolerance, target):
            a.collectNames(into: &out); tolerance.collectNames(into: &out); target.collectNames(into: &out)
        case let .call(_, args): for arg in args { arg.value.collectNames(into: &out) }
        case let .field(e, _): e.collectNames(into: &out)
        case let .clause(e, _): e.collectNames(into: &out)
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

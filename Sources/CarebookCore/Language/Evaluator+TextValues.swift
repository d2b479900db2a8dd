extension Evaluator {
    /// A condition with each text value it compares a text column with (`==`, `!=`, `in [..]`)
    /// checked against the column's vocabulary: an unambiguous equivalent ("10-15" for the age
    /// band "10–15", "secure" for "Secure") is replaced by the value itself, and a value no row
    /// can have is kept but warned about, naming the nearest values.
    ///
    /// Both the whole-column and the row-by-row paths then evaluate the same condition, so they agree.
    func resolvingTextValues(_ expr: Expr, _ table: Table, _ index: ColumnIndex) -> Expr {
        var vocabularies: [Int: ColumnVocabulary?] = [:]
        return resolving(expr, table, index, &vocabularies)
    }

    private func resolving(_ expr: Expr, _ table: Table, _ index: ColumnIndex,
                           _ vocabularies: inout [Int: ColumnVocabulary?]) -> Expr {
        switch expr.kind {
        case let .unary(.not, operand):
            return Expr(.unary(.not, resolving(operand, table, index, &vocabularies)), expr.range)
        case let .binary(op, left, right) where op == .and || op == .or:
            return Expr(.binary(op, resolving(left, table, index, &vocabularies),
                                resolving(right, table, index, &vocabularies)), expr.range)
        case let .binary(op, left, right) where op == .equal || op == .notEqual || op == .in:
            if let v = vocabulary(left, table, index, &vocabularies) {
                return Expr(.binary(op, left, resolved(sessionText(right, index), v, list: op == .in)), expr.range)
            }
            if op != .in, let v = vocabulary(right, table, index, &vocabularies) {
                return Expr(.binary(op, resolved(sessionText(left, index), v, list: false), right), expr.range)
            }
            return expr
        default:
            return expr
        }
    }

    /// The vocabulary of the text column `expr` names, if it names one that has a vocabulary.
    private func vocabulary(_ expr: Expr, _ table: Table, _ index: ColumnIndex,
                            _ vocabularies: inout [Int: ColumnVocabulary?]) -> ColumnVocabulary? {
        guard case let .name(name) = expr.kind, let c = index[name] else { return nil }
        if let known = vocabularies[c] { return known }
        let v = ColumnVocabulary(table.columns[c], care: workspace.care)
        vocabularies[c] = v
        return v
    }

    /// A session name bound to text or a list (not a column) as the literal it stands for, so that
    /// `g = "secure"` then `… where placement_group == g` is checked as the literal would be.
    private func sessionText(_ expr: Expr, _ index: ColumnIndex) -> Expr {
        guard case let .name(name) = expr.kind, index[name] == nil, case let .value(v)? = binding(name) else { return expr }
        switch v {
        case .text: return Expr(.literal(v), expr.range)
        case let .list(items) where items.allSatisfy({ if case .text = $0 { true } else { false } }):
            return Expr(.list(items.map { Expr(.literal($0), expr.range) }), expr.range)
        default: return expr
        }
    }

    /// A text literal (or a list of them) as the column holds it, warning about one it never holds.
    private func resolved(_ expr: Expr, _ vocabulary: ColumnVocabulary, list: Bool) -> Expr {
        switch expr.kind {
        case let .literal(.text(s)) where !list:
            switch vocabulary.match(s) {
            case .exact: return expr
            case let .equivalent(value): return Expr(.literal(.text(value)), expr.range)
            case let .absent(nearest):
                workspace.warn(vocabulary.warning(for: s, nearest: nearest, at: expr.range))
                return expr
            }
        case let .list(items) where list:
            return Expr(.list(items.map { resolved($0, vocabulary, list: false) }), expr.range)
        default:
            return expr
        }
    }
}

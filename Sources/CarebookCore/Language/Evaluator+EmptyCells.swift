extension Evaluator {
    /// Warns when a `where` compares a column by order (`age >= 12`, `DEC < 2017-04-01`) and some rows
    /// have no value in it: those rows are in neither the answer nor its opposite, which a count would
    /// otherwise hide (children of unknown age leaving `age >= 12` and `age < 12` alike).
    /// A column the condition already takes care of (`closed == missing or closed > period_end`) is not warned about.
    func warnEmptyCellsCompared(in condition: Expr, _ table: Table, _ index: ColumnIndex, handled: Set<String> = []) {
        switch condition.kind {
        case let .binary(op, left, right):
            switch op {
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                for side in [left, right] {
                    guard case let .name(name) = side.kind, !handled.contains(name), let c = index[name] else { continue }
                    let column = table.columns[c]
                    let empty = column.emptyCount
                    guard empty > 0 else { continue }
                    let rows = empty == 1 ? "1 row has" : "\(NumberText.grouped(empty)) rows have"
                    workspace.warn(Diagnostic(
                        "\(rows) no \(column.name) and \(empty == 1 ? "is" : "are") left out by this comparison",
                        at: condition.range,
                        hint: "they are in neither this answer nor its opposite; `where \(column.name) == missing` lists them"))
                }
            case .and:
                warnEmptyCellsCompared(in: left, table, index, handled: handled)
                warnEmptyCellsCompared(in: right, table, index, handled: handled)
            case .or:
                // `x == missing or x > d`: the empty cells are asked for on the other side, so neither side warns.
                let both = handled.union(Self.missingTested(left)).union(Self.missingTested(right))
                warnEmptyCellsCompared(in: left, table, index, handled: both)
                warnEmptyCellsCompared(in: right, table, index, handled: both)
            default:
                break
            }
        case let .unary(.not, operand):
            warnEmptyCellsCompared(in: operand, table, index, handled: handled)
        default:
            break
        }
    }

    /// The columns a condition tests for being empty (`x == missing`), at its top level or under `or`.
    static func missingTested(_ condition: Expr) -> Set<String> {
        guard case let .binary(op, left, right) = condition.kind else { return [] }
        if op == .or { return missingTested(left).union(missingTested(right)) }
        guard op == .equal else { return [] }
        func isMissing(_ e: Expr) -> Bool {
            if case .literal(.missing) = e.kind { return true }
            if case .name("missing") = e.kind { return true }
            return false
        }
        if case let .name(n) = left.kind, isMissing(right) { return [n] }
        if case let .name(n) = right.kind, isMissing(left) { return [n] }
        return []
    }
}

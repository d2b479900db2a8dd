extension Evaluator {
    /// Warns when a `where` compares a column by order (`age >= 12`, `DEC < 2017-04-01`) and some rows
    /// have no value in it: those rows are in neither the answer nor its opposite, which a count would
    /// otherwise hide (children of unknown age leaving `age >= 12` and `age < 12` alike).
    func warnEmptyCellsCompared(in condition: Expr, _ table: Table, _ index: ColumnIndex) {
        switch condition.kind {
        case let .binary(op, left, right):
            switch op {
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                for side in [left, right] {
                    guard case let .name(name) = side.kind, let c = index[name] else { continue }
                    let column = table.columns[c]
                    let empty = column.emptyCount
                    guard empty > 0 else { continue }
                    let rows = empty == 1 ? "1 row has" : "\(NumberText.grouped(empty)) rows have"
                    workspace.warn(Diagnostic(
                        "\(rows) no \(column.name) and \(empty == 1 ? "is" : "are") left out by this comparison",
                        at: condition.range,
                        hint: "they are in neither this answer nor its opposite; `where \(column.name) == missing` lists them"))
                }
            case .and, .or:
                warnEmptyCellsCompared(in: left, table, index)
                warnEmptyCellsCompared(in: right, table, index)
            default:
                break
            }
        case let .unary(.not, operand):
            warnEmptyCellsCompared(in: operand, table, index)
        default:
            break
        }
    }
}

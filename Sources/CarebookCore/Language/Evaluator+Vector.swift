/// An expression's value over every row of a table at once: one value for all rows, or a column.
enum VectorValue {
    case constant(Value)
    case column(Column)

    /// The kind every non-missing cell has.
    var kind: ValueKind {
        switch self {
        case let .constant(v): v.kind
        case let .column(c): c.type.valueKind
        }
    }
}

extension Evaluator {
    /// The value of `expr` for every row of `table`, computed column by column; nil when the
    /// expression is not one of the simple forms handled here or could fail on some row.
    ///
    /// Handles column names, literals, plain session values, comparisons, `in`, `and`, `or`,
    /// `not` and `month_end(date)`. Whatever it returns is what the row-by-row path gives, cell
    /// for cell; anything that might raise an error is left to that path, which reports it.
    func vector(_ expr: Expr, _ table: Table, _ index: ColumnIndex) -> VectorValue? {
        switch expr.kind {
        case let .literal(v):
            return Self.isScalar(v) ? .constant(v) : nil
        case let .name(name):
            if let c = index[name] { return .column(table.columns[c]) }
            guard case let .value(v)? = environment.lookup(name), Self.isScalar(v) else { return nil }
            return .constant(v)
        case let .list(items):
            var values: [Value] = []
            for item in items {
                guard case let .constant(v)? = vector(item, table, index) else { return nil }
                values.append(v)
            }
            return .constant(.list(values))
        case let .unary(.not, operand):
            guard case let .column(c)? = vector(operand, table, index), case let .bools(b) = c.storage else { return nil }
            return .column(Column(name: "", storage: .bools(b.map { $0.map(!) })))
        case let .binary(op, left, right):
            return vectorBinary(op, left, right, table, index)
        case let .call(name, args):
            guard name == "month_end", builtins[name] != nil, args.count == 1, args[0].label == nil,
                  case let .column(c)? = vector(args[0].value, table, index) else { return nil }
            return Self.monthEnds(c)
        default:
            return nil
        }
    }

    private static func isScalar(_ v: Value) -> Bool {
        switch v {
        case .list, .table, .record: false
        default: true
        }
    }

    private func vectorBinary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, _ table: Table,
                              _ index: ColumnIndex) -> VectorValue? {
        switch op {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let a = vector(left, table, index), let b = vector(right, table, index) else { return nil }
            return VectorCompare.compare(op, a, b, rows: table.rowCount).map(Self.boolColumn)
        case .in:
            guard case let .column(a)? = vector(left, table, index),
                  case let .constant(members)? = vector(right, table, index), let items = CohortAlgebra.members(members) else { return nil }
            return Self.boolColumn(VectorCompare.membership(a, items))
        case .and, .or:
            guard let a = vector(left, table, index).flatMap({ Self.bools($0, table.rowCount) }),
                  let b = vector(right, table, index).flatMap({ Self.bools($0, table.rowCount) }) else { return nil }
            return Self.boolColumn(VectorCompare.logic(op, a, b))
        default:
            return nil
        }
    }

    /// A yes/no column, or nil if the value is not yes/no (or missing) in every row.
    private static func bools(_ v: VectorValue, _ rows: Int) -> [Bool?]? {
        switch v {
        case let .constant(.bool(b)): return [Bool?](repeating: b, count: rows)
        case .constant(.missing): return [Bool?](repeating: nil, count: rows)
        case let .column(c):
            if case let .bools(b) = c.storage { return b }
            return c.type == .text && Self.allMissing(c) ? [Bool?](repeating: nil, count: rows) : nil
        default: return nil
        }
    }

    private static func allMissing(_ c: Column) -> Bool {
        (0..<c.count).allSatisfy { c.isMissing($0) }
    }

    private static func boolColumn(_ b: [Bool?]) -> VectorValue { .column(Column(name: "", storage: .bools(b))) }

    /// `month_end` of each date; nil unless every cell is a date (a missing cell is an error, left to the row path).
    private static func monthEnds(_ c: Column) -> VectorValue? {
        guard case let .dates(days) = c.storage, !days.contains(Column.missingInteger) else { return nil }
        let ends = days.map { Int64(Day(number: Int32($0)).endOfMonth.number) }
        return .column(Column(name: "", storage: .dates(ends)))
    }
}

extension VectorValue {
    /// The rows a `where` keeps (missing counts as no); nil unless the value is yes/no in every row.
    func mask(rows: Int) -> [Bool]? {
        switch self {
        case let .constant(.bool(b)): return [Bool](repeating: b, count: rows)
        case .constant(.missing): return [Bool](repeating: false, count: rows)
        case .constant: return nil
        case let .column(c):
            if case let .bools(b) = c.storage { return b.map { $0 ?? false } }
            return c.type == .text && (0..<c.count).allSatisfy({ c.isMissing($0) }) ? [Bool](repeating: false, count: rows) : nil
        }
    }

    /// The column `with name = …` makes of it: what `Column.make` builds from the same cells.
    func madeColumn(_ name: String, rows: Int) -> Column? {
        switch self {
        case let .constant(v):
            return try? Column.make(name: name, values: [Value](repeating: v, count: rows)).get()
        case let .column(c):
            if (0..<c.count).allSatisfy({ c.isMissing($0) }) {
                return Column(name: name, storage: .text(codes: [Int32](repeating: -1, count: rows), dictionary: []))
            }
            guard case let .text(codes, dictionary) = c.storage else {
                return Column(name: name, storage: c.storage, identifier: c.isIdentifier)
            }
            var builder = TextColumnBuilder()
            var recoded = [Int32](repeating: -2, count: dictionary.count)
            let compact = codes.map { code -> Int32 in
                guard code >= 0 else { return -1 }
                if recoded[Int(code)] == -2 { recoded[Int(code)] = builder.code(for: dictionary[Int(code)]) }
                return recoded[Int(code)]
            }
            return Column(name: name, storage: .text(codes: compact, dictionary: builder.dictionary), identifier: c.isIdentifier)
        }
    }
}

/// Comparisons, `in` and yes/no logic over whole columns, with the row-by-row semantics of
/// `Evaluator.comparison` and `Evaluator.combine` (a missing cell equals only a missing one).
enum VectorCompare {
    /// `a op b` for each row; nil when the kinds cannot be compared (the row path reports that).
    static func compare(_ op: BinaryOperator, _ a: VectorValue, _ b: VectorValue, rows: Int) -> [Bool?]? {
        if case .constant(.missing) = a { return missingFlags(b, rows).map { op == .notEqual ? !$0 : (op == .equal && $0) } }
        if case .constant(.missing) = b { return missingFlags(a, rows).map { $0 ? op == .equal : op == .notEqual } }
        guard a.kind == b.kind else { return nil }
        if case .constant = a, case .constant = b { return nil }
        switch a.kind {
        case .number, .percent:
            guard let x = doubles(a, rows), let y = doubles(b, rows) else { return nil }
            return ordered(op, x, y) { $0.isNaN }
        case .money, .date, .bool:
            guard let x = integers(a, rows), let y = integers(b, rows) else { return nil }
            return ordered(op, x, y) { $0 == Column.missingInteger }
        case .text:
            return text(op, a, b, rows)
        default:
            return nil
        }
    }

    /// `a in items` for each row: true when some item equals the cell (a missing cell matches a missing item).
    static func membership(_ a: Column, _ items: [Value]) -> [Bool?] {
        if case let .text(codes, dictionary) = a.storage {
            // A set of the list's texts: a child column tested against thousands of ids stays linear.
            var texts = Set<String>()
            for case let .text(t) in items { texts.insert(t) }
            let inList = dictionary.map { texts.contains($0) }
            let missingIn = items.contains { $0.isEqual(to: .missing) }
            return codes.map { $0 < 0 ? missingIn : inList[Int($0)] }
        }
        return (0..<a.count).map { row in
            let v = a[row]
            return items.contains { $0.isEqual(to: v) }
        }
    }

    /// `a and b`, `a or b` for each row: a missing side counts as no.
    static func logic(_ op: BinaryOperator, _ a: [Bool?], _ b: [Bool?]) -> [Bool?] {
        zip(a, b).map { x, y in op == .and ? (x == true && y == true) : (x == true || y == true) }
    }

    private static func missingFlags(_ v: VectorValue, _ rows: Int) -> [Bool] {
        switch v {
        case let .constant(c):
            if case .missing = c { return [Bool](repeating: true, count: rows) }
            return [Bool](repeating: false, count: rows)
        case let .column(c):
            return (0..<rows).map { c.isMissing($0) }
        }
    }

    private static func doubles(_ v: VectorValue, _ rows: Int) -> [Double]? {
        switch v {
        case let .constant(.number(x)), let .constant(.percent(x)): [Double](repeating: x, count: rows)
        case let .column(c): if case let .numbers(x, _) = c.storage { x } else { nil }
        default: nil
        }
    }

    /// Money in pence, dates as day numbers, booleans as 0 and 1; missing is `Column.missingInteger`.
    private static func integers(_ v: VectorValue, _ rows: Int) -> [Int64]? {
        switch v {
        case let .constant(.money(m)): return [Int64](repeating: m.pence, count: rows)
        case let .constant(.date(d)): return [Int64](repeating: Int64(d.number), count: rows)
        case let .constant(.bool(b)): return [Int64](repeating: b ? 1 : 0, count: rows)
        case let .column(c):
            switch c.storage {
            case let .money(x), let .dates(x): return x
            case let .bools(x): return x.map { $0.map { $0 ? 1 : 0 } ?? Column.missingInteger }
            default: return nil
            }
        default: return nil
        }
    }

    private static func ordered<T: Comparable>(_ op: BinaryOperator, _ x: [T], _ y: [T],
                                               isMissing: (T) -> Bool) -> [Bool?] {
        zip(x, y).map { a, b in
            if isMissing(a) { return op == .notEqual ? !isMissing(b) : (op == .equal && isMissing(b)) }
            if isMissing(b) { return op == .notEqual }
            return op.holds(ordering: order(a, b))
        }
    }

    private static func text(_ op: BinaryOperator, _ a: VectorValue, _ b: VectorValue, _ rows: Int) -> [Bool?]? {
        switch (a, b) {
        case let (.column(c), .constant(.text(s))):
            guard case let .text(codes, dictionary) = c.storage else { return nil }
            let results = dictionary.map { op.holds(ordering: order($0, s)) }
            return codes.map { $0 < 0 ? op == .notEqual : results[Int($0)] }
        case let (.constant(.text(s)), .column(c)):
            guard case let .text(codes, dictionary) = c.storage else { return nil }
            let results = dictionary.map { op.holds(ordering: order(s, $0)) }
            return codes.map { $0 < 0 ? op == .notEqual : results[Int($0)] }
        case let (.column(l), .column(r)):
            guard case let .text(lc, ld) = l.storage, case let .text(rc, rd) = r.storage else { return nil }
            return zip(lc, rc).map { x, y in
                if x < 0 { return op == .notEqual ? y >= 0 : (op == .equal && y < 0) }
                if y < 0 { return op == .notEqual }
                return op.holds(ordering: order(ld[Int(x)], rd[Int(y)]))
            }
        default:
            return nil
        }
    }

    /// As `Arithmetic.compare`: -1, 0 or 1.
    private static func order<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
}

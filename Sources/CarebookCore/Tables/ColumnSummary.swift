/// One aggregate function prepared over one column, ready to summarise any set of its rows.
///
/// Checks the column's type once (`sum` of dates is an error naming the column),
/// then `value(over:)` computes the result for the whole column or for each group.
struct ColumnSummary {
    let function: AggregateFunction
    let column: Column?
    /// The type of the result: `count` gives numbers, others the column's own type.
    let resultType: ColumnType
    /// Order keys of the column, for `min` and `max`.
    private let keys: [UInt64]

    init(_ function: AggregateFunction, column: Column?) throws(Diagnostic) {
        self.function = function
        self.column = column
        self.resultType = try Self.resultType(function, column)
        self.keys = (function == .min || function == .max) ? column?.orderKeys() ?? [] : []
    }

    /// The type `function` gives over `column`, or a diagnostic when it does not apply.
    static func resultType(_ f: AggregateFunction, _ column: Column?) throws(Diagnostic) -> ColumnType {
        if f == .count { return .number }
        guard let column else { throw Diagnostic("\(f.rawValue) needs a column to work on") }
        let allowed: [ColumnType] = switch f {
        case .count: ColumnType.allCases
        case .sum: [.number, .percent, .money, .duration]
        case .mean, .median: [.number, .percent, .money]
        case .min, .max: [.number, .percent, .money, .date, .duration, .text]
        }
        guard allowed.contains(column.type) else {
            throw Diagnostic("cannot take the \(f.rawValue) of `\(column.name)`: it is a \(column.type.rawValue) column",
                             hint: "\(f.rawValue) works on " + allowed.map(\.rawValue).joined(separator: ", "))
        }
        return column.type
    }

    /// The summary of the given rows (all rows of an empty set give 0 for count and sum, else missing).
    func value<Rows: Collection<Int>>(over rows: Rows) throws(Diagnostic) -> Value {
        guard let column else { return .number(Double(rows.count)) }
        switch function {
        case .count: return .number(Double(rows.reduce(0) { column.isMissing($1) ? $0 : $0 + 1 }))
        case .sum: return try sum(column, rows)
        case .mean: return mean(column, rows)
        case .median: return median(column, rows)
        case .min, .max: return extreme(column, rows)
        }
    }

    private func sum<Rows: Collection<Int>>(_ column: Column, _ rows: Rows) throws(Diagnostic) -> Value {
        switch column.storage {
        case let .numbers(v, percent):
            let total = rows.reduce(0.0) { v[$1].isNaN ? $0 : $0 + v[$1] }
            return percent ? .percent(total) : .number(total)
        case let .money(v):
            var total = Money.zero
            for r in rows where v[r] != Column.missingInteger {
                guard let t = total.adding(Money(pence: v[r])) else {
                    throw Diagnostic("the sum of `\(column.name)` is too large to hold")
                }
                total = t
            }
            return .money(total)
        case let .durations(v):
            return .duration(rows.reduce(Duration()) { total, r in v[r].map { total + $0 } ?? total })
        default:
            return .missing
        }
    }

    private func mean<Rows: Collection<Int>>(_ column: Column, _ rows: Rows) -> Value {
        switch column.storage {
        case let .numbers(v, percent):
            var total = 0.0, n = 0
            for r in rows where !v[r].isNaN { total += v[r]; n += 1 }
            guard n > 0 else { return .missing }
            return percent ? .percent(total / Double(n)) : .number(total / Double(n))
        case let .money(v):
            var total: Int128 = 0, n: Int128 = 0
            for r in rows where v[r] != Column.missingInteger { total += Int128(v[r]); n += 1 }
            guard n > 0 else { return .missing }
            return .money(Money(pence: Int64(Self.divideHalfEven(total, n))))
        default:
            return .missing
        }
    }

    private func median<Rows: Collection<Int>>(_ column: Column, _ rows: Rows) -> Value {
        switch column.storage {
        case let .numbers(v, percent):
            let sorted = rows.map { v[$0] }.filter { !$0.isNaN }.sorted()
            guard !sorted.isEmpty else { return .missing }
            let m = sorted.count, mid = (sorted[(m - 1) / 2] + sorted[m / 2]) / 2
            return percent ? .percent(mid) : .number(mid)
        case let .money(v):
            let sorted = rows.map { v[$0] }.filter { $0 != Column.missingInteger }.sorted()
            guard !sorted.isEmpty else { return .missing }
            let m = sorted.count
            let mid = Self.divideHalfEven(Int128(sorted[(m - 1) / 2]) + Int128(sorted[m / 2]), 2)
            return .money(Money(pence: Int64(mid)))
        default:
            return .missing
        }
    }

    private func extreme<Rows: Collection<Int>>(_ column: Column, _ rows: Rows) -> Value {
        var best: Int?
        for r in rows where keys[r] != Column.missingKey {
            guard let b = best else { best = r; continue }
            if function == .min ? keys[r] < keys[b] : keys[r] > keys[b] { best = r }
        }
        return best.map { column[$0] } ?? .missing
    }

    /// `a / b` rounded to the nearest integer, halves to even (`b` > 0).
    static func divideHalfEven(_ a: Int128, _ b: Int128) -> Int128 {
        var q = a / b
        let twice = 2 * (a % b).magnitude
        if twice > b.magnitude || (twice == b.magnitude && q % 2 != 0) { q += a < 0 ? -1 : 1 }
        return q
    }
}

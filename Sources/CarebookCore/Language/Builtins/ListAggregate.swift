/// Aggregates over a list of values (a column, or a group's values): missing values are skipped.
public enum ListAggregate {
    public enum Function: String, Sendable, CaseIterable {
        case count, sum, mean, median, min, max
    }

    /// The aggregate of `values`; a failure names the kind that cannot be aggregated.
    public static func apply(_ f: Function, _ values: [Value]) -> Result<Value, Diagnostic> {
        let present = values.filter { if case .missing = $0 { false } else { true } }
        if f == .count { return .success(.number(Double(present.count))) }
        guard let first = present.first else {
            return .success(f == .sum ? .number(0) : .missing)
        }
        guard present.allSatisfy({ $0.kind == first.kind }) else {
            return .failure(Diagnostic("cannot \(f.rawValue) values of different kinds (\(first.kind.rawValue) and \(present.first { $0.kind != first.kind }!.kind.rawValue))"))
        }
        switch f {
        case .min, .max: return extreme(f, present)
        case .median: return median(present)
        default: return sumOrMean(f, present)
        }
    }

    static func extreme(_ f: Function, _ values: [Value]) -> Result<Value, Diagnostic> {
        var best = values[0]
        for v in values.dropFirst() {
            guard let c = Arithmetic.compare(v, best) else {
                return .failure(Diagnostic("cannot take the \(f.rawValue) of \(v.kind.rawValue) values"))
            }
            if (f == .min && c < 0) || (f == .max && c > 0) { best = v }
        }
        return .success(best)
    }

    static func sumOrMean(_ f: Function, _ values: [Value]) -> Result<Value, Diagnostic> {
        let n = Double(values.count)
        switch values[0] {
        case .number, .percent:
            var total = 0.0
            for v in values { if case let .number(x) = v { total += x } else if case let .percent(x) = v { total += x } }
            let r = f == .mean ? total / n : total
            if case .percent = values[0] { return .success(.percent(r)) }
            return .success(.number(r))
        case .money:
            var total: Int64 = 0
            for case let .money(m) in values {
                let (s, o) = total.addingReportingOverflow(m.pence)
                if o { return .failure(Diagnostic("the total is too large")) }
                total = s
            }
            let m = Money(pence: total)
            return .success(.money(f == .mean ? (m.divided(by: n) ?? m) : m))
        case .duration:
            if f == .mean {
                let days = values.reduce(0.0) { if case let .duration(d) = $1 { $0 + d.approximateDays } else { $0 } }
                return .success(.duration(Duration(days: Int((days / n).rounded()))))
            }
            return .success(.duration(values.reduce(Duration()) { if case let .duration(d) = $1 { $0 + d } else { $0 } }))
        default:
            return .failure(Diagnostic("cannot \(f.rawValue) \(values[0].kind.rawValue) values",
                                       hint: "sum and mean work on numbers, money, percents and durations"))
        }
    }

    static func median(_ values: [Value]) -> Result<Value, Diagnostic> {
        let sorted = values.sorted { (Arithmetic.compare($0, $1) ?? 0) < 0 }
        guard Arithmetic.compare(sorted[0], sorted[0]) != nil else {
            return .failure(Diagnostic("cannot take the median of \(values[0].kind.rawValue) values"))
        }
        let mid = sorted.count / 2
        if sorted.count % 2 == 1 { return .success(sorted[mid]) }
        switch (sorted[mid - 1], sorted[mid]) {
        case let (.number(a), .number(b)): return .success(.number((a + b) / 2))
        case let (.percent(a), .percent(b)): return .success(.percent((a + b) / 2))
        case let (.money(a), .money(b)):
            // The mean of the middle two, in wide integers (their sum may not fit), half to even.
            return .success(.money(Money(exactly: DecimalFactor.divideHalfEven(Int128(a.pence) + Int128(b.pence), 2)) ?? a))
        case let (.date(a), _): return .success(.date(a))
        default: return .success(sorted[mid - 1])
        }
    }
}

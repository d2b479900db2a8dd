/// Arithmetic and comparison that respect units (money, percent, dates, durations).
///
/// Each operation returns nil when the units don't combine; the evaluator turns
/// that into an error naming both kinds. Missing values propagate.
public enum Arithmetic {
    /// Why an operation failed, when it is not simply a unit mismatch.
    public enum Failure: Error, Sendable, Equatable {
        case mismatch
        case divisionByZero
        case overflow
        case fractionalDuration
        /// A date before 0001-01-01 or after 9999-12-31.
        case dateOutOfRange
    }

    public static func add(_ a: Value, _ b: Value) -> Result<Value, Failure> {
        switch (a, b) {
        case (.missing, _), (_, .missing): return .success(.missing)
        case let (.number(x), .number(y)): return .success(.number(x + y))
        case let (.percent(x), .percent(y)): return .success(.percent(x + y))
        case let (.money(x), .money(y)): return x.adding(y).map { .success(.money($0)) } ?? .failure(.overflow)
        case let (.date(d), .duration(u)), let (.duration(u), .date(d)):
            return d.offset(by: u).map { .success(.date($0)) } ?? .failure(.dateOutOfRange)
        case let (.duration(x), .duration(y)): return x.adding(y).map { .success(.duration($0)) } ?? .failure(.overflow)
        case let (.text(x), .text(y)): return .success(.text(x + y))
        case let (.list(x), .list(y)): return .success(.list(x + y))
        default: return .failure(.mismatch)
        }
    }

    public static func subtract(_ a: Value, _ b: Value) -> Result<Value, Failure> {
        switch (a, b) {
        case (.missing, _), (_, .missing): return .success(.missing)
        case let (.number(x), .number(y)): return .success(.number(x - y))
        case let (.percent(x), .percent(y)): return .success(.percent(x - y))
        case let (.money(x), .money(y)): return x.subtracting(y).map { .success(.money($0)) } ?? .failure(.overflow)
        case let (.date(d), .duration(u)): return d.offset(by: -u).map { .success(.date($0)) } ?? .failure(.dateOutOfRange)
        case let (.date(x), .date(y)): return .success(.duration(Duration(days: Int(x.number) - Int(y.number))))
        case let (.duration(x), .duration(y)): return x.adding(-y).map { .success(.duration($0)) } ?? .failure(.overflow)
        default: return .failure(.mismatch)
        }
    }

    public static func multiply(_ a: Value, _ b: Value) -> Result<Value, Failure> {
        switch (a, b) {
        case (.missing, _), (_, .missing): return .success(.missing)
        case let (.number(x), .number(y)): return .success(.number(x * y))
        case let (.number(x), .percent(p)), let (.percent(p), .number(x)): return .success(.number(x * p))
        case let (.percent(x), .percent(y)): return .success(.percent(x * y))
        case let (.money(m), .number(k)), let (.number(k), .money(m)),
             let (.money(m), .percent(k)), let (.percent(k), .money(m)):
            return m.scaled(by: k).map { .success(.money($0)) } ?? .failure(.overflow)
        case let (.duration(d), .number(k)), let (.number(k), .duration(d)):
            guard d.fits(scaledBy: k) else { return .failure(.overflow) }
            return d.scaled(by: k).map { .success(.duration($0)) } ?? .failure(.fractionalDuration)
        default: return .failure(.mismatch)
        }
    }

    public static func divide(_ a: Value, _ b: Value) -> Result<Value, Failure> {
        switch (a, b) {
        case (.missing, _), (_, .missing): return .success(.missing)
        case let (.number(x), .number(y)): return y == 0 ? .failure(.divisionByZero) : .success(.number(x / y))
        case let (.percent(x), .number(y)): return y == 0 ? .failure(.divisionByZero) : .success(.percent(x / y))
        case let (.number(x), .percent(y)), let (.percent(x), .percent(y)):
            return y == 0 ? .failure(.divisionByZero) : .success(.number(x / y))
        case let (.money(m), .number(k)), let (.money(m), .percent(k)):
            return k == 0 ? .failure(.divisionByZero) : (m.divided(by: k).map { .success(.money($0)) } ?? .failure(.overflow))
        case let (.money(x), .money(y)):
            return y.pence == 0 ? .failure(.divisionByZero) : .success(.number(Double(x.pence) / Double(y.pence)))
        case let (.duration(x), .duration(y)):
            return y.isZero ? .failure(.divisionByZero) : .success(.number(x.approximateDays / y.approximateDays))
        case let (.duration(d), .number(k)):
            guard k != 0 else { return .failure(.divisionByZero) }
            guard d.fits(scaledBy: 1 / k) else { return .failure(.overflow) }
            return (d.scaled(by: 1 / k).map { .success(.duration($0)) } ?? .failure(.fractionalDuration))
        default: return .failure(.mismatch)
        }
    }

    /// Orders two values of compatible kinds; nil when they cannot be compared.
    public static func compare(_ a: Value, _ b: Value) -> Int? {
        func order<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        switch (a, b) {
        case let (.number(x), .number(y)), let (.percent(x), .percent(y)): return order(x, y)
        case let (.money(x), .money(y)): return order(x, y)
        case let (.date(x), .date(y)): return order(x, y)
        case let (.duration(x), .duration(y)):
            if x.months == y.months { return order(x.days, y.days) }
            return order(x.approximateDays, y.approximateDays)
        case let (.text(x), .text(y)): return order(x, y)
        case let (.bool(x), .bool(y)): return order(x ? 1 : 0, y ? 1 : 0)
        default: return nil
        }
    }
}

/// Tolerance checks for `x within t of y`.
public enum Tolerance {
    /// True when `a` is within `t` of `b`; nil when the kinds don't fit.
    ///
    /// A percent tolerance is relative (`within 2% of 522` allows ±10.44) unless
    /// both values are percents, when it is in percentage points, as is a number
    /// tolerance on percents (`within 3 of 62.1%` allows 59.1%–65.1%).
    public static func check(_ a: Value, within t: Value, of b: Value) -> Bool? {
        switch (a, t, b) {
        case let (.percent(x), .number(points), .percent(y)): return abs(x - y) <= points / 100 + 1e-12
        case let (.percent(x), .percent(points), .percent(y)): return abs(x - y) <= points + 1e-12
        case let (.number(x), .number(d), .number(y)): return abs(x - y) <= d + 1e-12
        case let (.number(x), .percent(p), .number(y)): return abs(x - y) <= p * abs(y) + 1e-12
        case let (.money(x), .money(d), .money(y)): return (Int128(x.pence) - Int128(y.pence)).magnitude <= UInt128(d.pence.magnitude)
        case let (.money(x), .percent(p), .money(y)): return Double((Int128(x.pence) - Int128(y.pence)).magnitude) <= p * Double(y.pence.magnitude) + 1e-9
        case let (.duration(x), .duration(d), .duration(y)): return abs(x.approximateDays - y.approximateDays) <= d.approximateDays
        case let (.date(x), .duration(d), .date(y)): return Double(abs(Int(x.number) - Int(y.number))) <= d.approximateDays
        default: return nil
        }
    }
}

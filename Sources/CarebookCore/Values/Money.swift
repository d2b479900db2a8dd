/// An exact amount of money in pence; never a floating-point number.
///
/// Arithmetic traps nothing: overflow and non-integral scaling are reported
/// by the operations that can produce them (`scaled(by:)` rounds half to even).
public struct Money: Sendable, Hashable, Comparable, Codable {
    public var pence: Int64

    public init(pence: Int64) { self.pence = pence }
    public init(pounds: Int64) { self.pence = pounds * 100 }

    public static let zero = Money(pence: 0)

    public static func < (a: Money, b: Money) -> Bool { a.pence < b.pence }

    /// Adds two amounts; nil on overflow.
    public func adding(_ other: Money) -> Money? {
        let (r, o) = pence.addingReportingOverflow(other.pence)
        return o ? nil : Money(pence: r)
    }

    /// Subtracts an amount; nil on overflow.
    public func subtracting(_ other: Money) -> Money? {
        let (r, o) = pence.subtractingReportingOverflow(other.pence)
        return o ? nil : Money(pence: r)
    }

    /// Multiplies by a factor, exactly: the factor is taken as the shortest decimal that
    /// reads back as it (`72%` is 0.72), the product is computed in integers and rounded
    /// half to even to the penny; nil when the result is out of range.
    public func scaled(by factor: Double) -> Money? {
        // Whole factors a Double holds exactly (|k| ≤ 2^53) multiply directly: the common case, kept fast.
        if factor == factor.rounded(), Swift.abs(factor) <= 9_007_199_254_740_992 {
            let (r, o) = pence.multipliedReportingOverflow(by: Int64(factor))
            return o ? nil : Money(pence: r)
        }
        guard let decimal = DecimalFactor(factor), let r = decimal.times(pence) else { return nil }
        return Money(exactly: r)
    }

    /// Divides by a number (taken as its shortest decimal), rounding half to even to the
    /// nearest penny; nil when dividing by zero or out of range.
    public func divided(by divisor: Double) -> Money? {
        guard let decimal = DecimalFactor(divisor), let r = decimal.dividing(pence) else { return nil }
        return Money(exactly: r)
    }

    /// The amount with its sign changed; nil for the one amount whose negation does not fit.
    public func negated() -> Money? {
        let (r, o) = Int64(0).subtractingReportingOverflow(pence)
        return o ? nil : Money(pence: r)
    }

    /// The amount without its sign; nil for the one amount whose size does not fit.
    public var magnitude: Money? { pence < 0 ? negated() : self }

    /// An amount from a wider integer of pence; nil when it does not fit.
    init?(exactly pence: Int128) {
        guard let p = Int64(exactly: pence) else { return nil }
        self.pence = p
    }

    /// The amount as a number of pounds (for ratios and charts only).
    public var pounds: Double { Double(pence) / 100 }
}

extension Money {
    /// Formatting styles for money.
    public enum Style: Sendable {
        /// `£3,712`, `£3,712.50`; negatives as `-£98,000`.
        case plain
        /// Accounting: negatives in brackets, `(£98,000)`.
        case accounting
        /// Millions to a number of decimals, `£1.2m`; accounting brackets when `brackets`.
        case millions(decimals: Int, brackets: Bool)
    }

    /// The amount as text in the given style (`NumberText.money`, the one formatter).
    public func formatted(_ style: Style = .plain) -> String { NumberText.money(self, style) }
}

extension Money: CustomStringConvertible {
    public var description: String { formatted() }
}

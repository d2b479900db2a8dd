extension Column {
    /// The key of a missing cell in `orderKeys()`: after every value.
    static let missingKey = UInt64.max

    /// One unsigned key per row whose order is the cells' order; missing cells get `missingKey`.
    ///
    /// Numbers by value, money and dates by amount, durations by approximate length,
    /// text by `levels` then natural order, booleans false before true.
    func orderKeys() -> [UInt64] {
        switch storage {
        case let .numbers(v, _): return v.map(Self.key(of:))
        case let .money(v), let .dates(v):
            return v.map { $0 == Column.missingInteger ? Self.missingKey : (UInt64(bitPattern: $0) ^ (1 << 63)) - 1 }
        case let .durations(v): return v.map { $0.map { Self.key(of: $0.approximateDays) } ?? Self.missingKey }
        case let .text(codes, dictionary):
            let ranks = NaturalOrder.ranks(of: dictionary, levels: levels)
            return codes.map { $0 < 0 ? Self.missingKey : UInt64(ranks[Int($0)]) }
        case let .bools(v): return v.map { $0.map { $0 ? 1 : 0 } ?? Self.missingKey }
        }
    }

    /// An order-preserving key for a double (NaN is missing; -0 equals 0).
    static func key(of x: Double) -> UInt64 {
        if x.isNaN { return missingKey }
        let bits = (x == 0 ? 0.0 : x).bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    /// Dense codes per row, numbered in cell order with missing cells last, and how many codes there are.
    func denseCodes() -> (codes: [Int32], count: Int) {
        if case let .text(codes, dictionary) = storage {
            let ranks = NaturalOrder.ranks(of: dictionary, levels: levels)
            let missing = Int32((ranks.max() ?? -1) + 1)
            return Self.densify(codes.map { $0 < 0 ? UInt64(missing) : UInt64(ranks[Int($0)]) }, bound: UInt64(missing) + 1)
        }
        return Self.densify(orderKeys(), bound: nil)
    }

    /// Renumbers values as 0, 1, 2 … in ascending order of the distinct values present.
    static func densify(_ values: [UInt64], bound: UInt64?) -> (codes: [Int32], count: Int) {
        if let bound, bound <= UInt64(max(1 << 16, 2 * values.count)) {
            var present = [Int32](repeating: -1, count: Int(bound))
            for v in values { present[Int(v)] = 0 }
            var next: Int32 = 0
            for i in present.indices where present[i] == 0 { present[i] = next; next += 1 }
            return (values.map { present[Int($0)] }, Int(next))
        }
        var distinct: [UInt64: Int32] = [:]
        for v in values where distinct[v] == nil { distinct[v] = 0 }
        for (i, v) in distinct.keys.sorted().enumerated() { distinct[v] = Int32(i) }
        return (values.map { distinct[$0]! }, distinct.count)
    }
}

/// The type of a table column.
public enum ColumnType: String, Sendable, CaseIterable {
    case number, percent, money, date, duration, text, bool = "boolean"

    /// The value kind a cell of this column has.
    public var valueKind: ValueKind {
        switch self {
        case .number: .number
        case .percent: .percent
        case .money: .money
        case .date: .date
        case .duration: .duration
        case .text: .text
        case .bool: .bool
        }
    }
}

/// One typed column of a table, stored contiguously.
///
/// Missing cells: NaN for numbers and percents, `Int64.min` for money and
/// dates, `-1` for text codes, `nil` for durations and booleans.
public struct Column: Sendable {
    public var name: String
    public var storage: Storage
    /// The display and sort order of a categorical text column (age bands), or nil for natural order.
    ///
    /// Sorting and grouping on the column follow this order; values not listed come after, in natural order.
    public var levels: [String]?
    /// True when the cells identify a child (CHILD, UPN, or anything computed from them); published
    /// reports withhold such columns. Kept by every operation that carries the column along.
    public var isIdentifier = false

    /// Typed cell storage.
    public enum Storage: Sendable {
        /// Numbers, or percents as fractions when `percent` is true.
        case numbers([Double], percent: Bool)
        /// Money in pence.
        case money([Int64])
        /// Dates as day numbers.
        case dates([Int64])
        case durations([Duration?])
        /// Dictionary-encoded text: `codes[i]` indexes `dictionary`, -1 is missing.
        case text(codes: [Int32], dictionary: [String])
        case bools([Bool?])
    }

    public static let missingInteger = Int64.min

    public init(name: String, storage: Storage, levels: [String]? = nil, identifier: Bool = false) {
        self.name = name
        self.storage = storage
        self.levels = levels
        self.isIdentifier = identifier
    }

    public var type: ColumnType {
        switch storage {
        case let .numbers(_, percent): percent ? .percent : .number
        case .money: .money
        case .dates: .date
        case .durations: .duration
        case .text: .text
        case .bools: .bool
        }
    }

    public var count: Int {
        switch storage {
        case let .numbers(v, _): v.count
        case let .money(v): v.count
        case let .dates(v): v.count
        case let .durations(v): v.count
        case let .text(codes, _): codes.count
        case let .bools(v): v.count
        }
    }

    /// The cell at `row` as a language value.
    public subscript(row: Int) -> Value {
        switch storage {
        case let .numbers(v, percent):
            let x = v[row]
            if x.isNaN { return .missing }
            return percent ? .percent(x) : .number(x)
        case let .money(v):
            return v[row] == Column.missingInteger ? .missing : .money(Money(pence: v[row]))
        case let .dates(v):
            return v[row] == Column.missingInteger ? .missing : .date(Day(number: Int32(v[row])))
        case let .durations(v):
            return v[row].map { .duration($0) } ?? .missing
        case let .text(codes, dictionary):
            let c = codes[row]
            return c < 0 ? .missing : .text(dictionary[Int(c)])
        case let .bools(v):
            return v[row].map { .bool($0) } ?? .missing
        }
    }

    /// How many cells are empty, counted in one pass over the storage.
    public var emptyCount: Int {
        switch storage {
        case let .numbers(v, _): v.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
        case let .money(v), let .dates(v): v.reduce(0) { $0 + ($1 == Column.missingInteger ? 1 : 0) }
        case let .durations(v): v.reduce(0) { $0 + ($1 == nil ? 1 : 0) }
        case let .text(codes, _): codes.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
        case let .bools(v): v.reduce(0) { $0 + ($1 == nil ? 1 : 0) }
        }
    }

    /// True when the cell at `row` is empty.
    public func isMissing(_ row: Int) -> Bool {
        switch storage {
        case let .numbers(v, _): v[row].isNaN
        case let .money(v): v[row] == Column.missingInteger
        case let .dates(v): v[row] == Column.missingInteger
        case let .durations(v): v[row] == nil
        case let .text(codes, _): codes[row] < 0
        case let .bools(v): v[row] == nil
        }
    }

    /// A column holding the given rows of this one, in that order.
    public func gathering(_ rows: [Int]) -> Column {
        let gathered: Storage = switch storage {
        case let .numbers(v, p): .numbers(rows.map { v[$0] }, percent: p)
        case let .money(v): .money(rows.map { v[$0] })
        case let .dates(v): .dates(rows.map { v[$0] })
        case let .durations(v): .durations(rows.map { v[$0] })
        case let .text(codes, d): .text(codes: rows.map { codes[$0] }, dictionary: d)
        case let .bools(v): .bools(rows.map { v[$0] })
        }
        return Column(name: name, storage: gathered, levels: levels, identifier: isIdentifier)
    }
}

extension Column {
    /// Builds a column from values, choosing the type from the first non-missing value.
    ///
    /// Returns nil, with the offending row, when values of different kinds are mixed
    /// (numbers and percents mix as numbers; a column of only missing values is text).
    public static func make(name: String, values: [Value]) -> Result<Column, ColumnMixError> {
        let firstKind = values.first { if case .missing = $0 { false } else { true } }?.kind ?? .text
        switch firstKind {
        case .number, .percent:
            let allPercent = values.allSatisfy { if case .number = $0 { false } else { true } }
            var out: [Double] = []; out.reserveCapacity(values.count)
            for (i, v) in values.enumerated() {
                switch v {
                case let .number(x), let .percent(x): out.append(x)
                case .missing: out.append(.nan)
                default: return .failure(ColumnMixError(row: i, expected: firstKind, found: v.kind))
                }
            }
            return .success(Column(name: name, storage: .numbers(out, percent: allPercent)))
        case .money:
            return collect(values, name, firstKind, Int64.min) { if case let .money(m) = $0 { m.pence } else { nil } }
                .map { Column(name: name, storage: .money($0)) }
        case .date:
            return collect(values, name, firstKind, Int64.min) { if case let .date(d) = $0 { Int64(d.number) } else { nil } }
                .map { Column(name: name, storage: .dates($0)) }
        case .duration:
            return collect(values, name, firstKind, nil) { if case let .duration(d) = $0 { d } else { nil } }
                .map { Column(name: name, storage: .durations($0)) }
        case .bool:
            return collect(values, name, firstKind, nil) { if case let .bool(b) = $0 { b } else { nil } }
                .map { Column(name: name, storage: .bools($0)) }
        case .text, .list, .table, .record, .missing:
            var builder = TextColumnBuilder()
            for (i, v) in values.enumerated() {
                switch v {
                case let .text(s): builder.append(s)
                case let .phrase(p): builder.append(p.text)
                case .missing: builder.appendMissing()
                default:
                    if firstKind == .text { return .failure(ColumnMixError(row: i, expected: .text, found: v.kind)) }
                    return .failure(ColumnMixError(row: i, expected: nil, found: v.kind))
                }
            }
            return .success(Column(name: name, storage: builder.storage))
        }
    }

    private static func collect<T>(_ values: [Value], _ name: String, _ kind: ValueKind, _ missing: T,
                                   _ extract: (Value) -> T?) -> Result<[T], ColumnMixError> {
        var out: [T] = []; out.reserveCapacity(values.count)
        for (i, v) in values.enumerated() {
            if case .missing = v { out.append(missing); continue }
            guard let x = extract(v) else { return .failure(ColumnMixError(row: i, expected: kind, found: v.kind)) }
            out.append(x)
        }
        return .success(out)
    }
}

/// A column could not be built because its values are of different kinds.
public struct ColumnMixError: Error, Sendable {
    public var row: Int
    /// The kind of the column, or nil when values of that kind cannot be stored in a column.
    public var expected: ValueKind?
    public var found: ValueKind
}

/// Builds dictionary-encoded text storage.
public struct TextColumnBuilder: Sendable {
    public private(set) var codes: [Int32] = []
    public private(set) var dictionary: [String] = []
    private var index: [String: Int32] = [:]

    public init() {}

    public mutating func append(_ s: String) { codes.append(code(for: s)) }

    public mutating func appendMissing() { codes.append(-1) }

    /// The code of `s`, adding it to the dictionary if new, without adding a row.
    mutating func code(for s: String) -> Int32 {
        if let c = index[s] { return c }
        let c = Int32(dictionary.count)
        dictionary.append(s)
        index[s] = c
        return c
    }

    public var storage: Column.Storage { .text(codes: codes, dictionary: dictionary) }
}

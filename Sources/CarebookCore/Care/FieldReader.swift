/// Reads one column of a loaded 903 table as text, codes or dates, whatever type the loader inferred.
///
/// Text columns are decoded once per distinct value (the dictionary), not once per row,
/// so mapping a million-row column of codes costs one lookup per distinct code.
struct FieldReader {
    let column: Column?

    init(_ table: Table, _ name: String) {
        column = table.column(named: name)
    }

    var isPresent: Bool { column != nil }

    /// The cell as trimmed text; nil when missing or blank. Numbers print without `.0`, dates as dd/mm/yyyy.
    func text(_ row: Int) -> String? {
        guard let column else { return nil }
        switch column.storage {
        case let .text(codes, dictionary):
            let c = codes[row]
            if c < 0 { return nil }
            let s = dictionary[Int(c)].trimmingSpaces
            return s.isEmpty ? nil : s
        case let .numbers(values, _):
            let x = values[row]
            if x.isNaN { return nil }
            return NumberText.exact(x)
        case let .dates(values):
            return values[row] == Column.missingInteger ? nil : Day(number: Int32(values[row])).uk
        default:
            let v = column[row]
            if case .missing = v { return nil }
            return String(describing: v)
        }
    }

    /// Maps every row through `transform` of its text (nil for blank), calling it once per distinct text value.
    func map<T>(_ rows: Int, _ transform: (String?) -> T) -> [T] {
        guard let column else { return Array(repeating: transform(nil), count: rows) }
        switch column.storage {
        case let .text(codes, dictionary):
            let decoded = dictionary.map { s -> T in
                let t = s.trimmingSpaces
                return transform(t.isEmpty ? nil : t)
            }
            let blank = transform(nil)
            return codes.map { $0 < 0 ? blank : decoded[Int($0)] }
        case let .numbers(values, _):
            return Self.memoised(values.lazy.map(\.bitPattern), rows) { transform(text($0)) }
        case let .dates(values):
            return Self.memoised(values.lazy.map { UInt64(bitPattern: $0) }, rows) { transform(text($0)) }
        default:
            return (0..<rows).map { transform(text($0)) }
        }
    }

    /// Maps rows through `transform`, calling it once per distinct cell (cells are identified by `keys`).
    private static func memoised<T, K: Collection>(_ keys: K, _ rows: Int, _ transform: (Int) -> T) -> [T]
    where K.Element == UInt64, K.Index == Int {
        var seen: [UInt64: T] = [:]
        var out: [T] = []
        out.reserveCapacity(rows)
        for row in 0..<rows {
            let key = keys[row]
            if let t = seen[key] { out.append(t); continue }
            let t = transform(row)
            seen[key] = t
            out.append(t)
        }
        return out
    }

    /// Every row keyed by its distinct trimmed text (one hash per distinct value, not per row).
    func keyed(_ rows: Int) -> TextKeys {
        var keys = TextKeys()
        guard let column else {
            keys.rows = Array(repeating: -1, count: rows)
            return keys
        }
        if case let .text(codes, dictionary) = column.storage {
            keys.index.reserveCapacity(dictionary.count)
            keys.values.reserveCapacity(dictionary.count)
            let remap = dictionary.map { s -> Int32 in
                let t = s.trimmingSpaces
                return t.isEmpty ? -1 : keys.key(t)
            }
            keys.rows = codes.map { $0 < 0 ? -1 : remap[Int($0)] }
            return keys
        }
        keys.rows = (0..<rows).map { row in text(row).map { keys.key($0) } ?? -1 }
        return keys
    }

    /// Every row as a date cell: typed dates as they are, text parsed as dd/mm/yyyy or ISO.
    func days(_ rows: Int) -> [DateCell] {
        if let column, case let .dates(values) = column.storage {
            return values.map { $0 == Column.missingInteger ? .missing : .valid(Day(number: Int32($0))) }
        }
        return map(rows) { text in
            guard let text else { return .missing }
            return Day.parse(text).map { .valid($0) } ?? .invalid(text)
        }
    }

    /// Every row as a code of `list`: `CodeList.none` when blank, nil when not a valid code.
    func codes(_ rows: Int, in list: CodeList) -> [UInt8?] {
        map(rows) { text in
            guard let text else { return CodeList.none }
            return list.index(of: text)
        }
    }
}

/// A text column as a key per row into its distinct trimmed values.
struct TextKeys {
    /// The key of each row: an index into `values`, -1 when the cell is blank.
    var rows: [Int32] = []
    /// The distinct trimmed values, in order of first appearance in the dictionary.
    var values: [String] = []
    /// The key of each value.
    var index: [String: Int32] = [:]

    /// The key of `text`, added if new.
    fileprivate mutating func key(_ text: String) -> Int32 {
        let k = Int32(values.count)
        // One hash for a new value (the usual case); a repeat puts its key back.
        if let old = index.updateValue(k, forKey: text) {
            index[text] = old
            return old
        }
        values.append(text)
        return k
    }
}

/// A date cell read from a 903 file.
enum DateCell: Equatable {
    case missing
    case invalid(String)
    case valid(Day)

    var day: Day? {
        if case let .valid(d) = self { return d }
        return nil
    }
}

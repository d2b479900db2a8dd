/// The byte ranges of one column's cells, kept while reading so the type is chosen over all rows.
struct CSVCellSpans {
    /// The high bit of an end offset marks a cell with doubled quotes.
    static let escapedBit: UInt32 = 1 << 31

    private(set) var starts: [UInt32] = []
    private(set) var ends: [UInt32] = []

    var count: Int { starts.count }

    /// Column `column` of the parts' rows, the parts one after another.
    init(column: Int, parts: [CSVCellColumns]) {
        let n = parts.reduce(0) { $0 + $1.rows }
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
        for part in parts { part.copy(column: column, starts: &starts, ends: &ends) }
    }

    /// The byte range of a text cell: as written when quoted, trimmed otherwise (as `cell`).
    ///
    /// A quoted field's range starts just after its opening quote; an unquoted one never follows a quote.
    func textCell(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int, escaped: Bool) {
        let trimmed = cell(i, in: bytes)
        let s = Int(starts[i])
        guard trimmed.start < trimmed.end, s > 0, bytes[s - 1] == CSVScanner.quote else { return trimmed }
        return (s, Int(ends[i] & ~Self.escapedBit), trimmed.escaped)
    }

    /// The cell's byte range with surrounding spaces and tabs trimmed, and whether it has doubled quotes.
    func cell(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int, escaped: Bool) {
        var s = Int(starts[i])
        let rawEnd = ends[i]
        var e = Int(rawEnd & ~Self.escapedBit)
        while s < e, bytes[s] == 32 || bytes[s] == 9 { s += 1 }
        while e > s, bytes[e - 1] == 32 || bytes[e - 1] == 9 { e -= 1 }
        return (s, e, rawEnd & Self.escapedBit != 0)
    }
}

/// Turns one column's cells into a typed `Column`, inferring the type over all rows.
///
/// The type is guessed from the first non-empty cell and every cell is parsed as
/// that type; if any cell does not fit, the column is text with the cells as written.
/// Cells are read trimmed of spaces (a cell of only spaces is missing), except that
/// a quoted text cell keeps its spaces.
enum CSVColumnDecoder {
    static func decode(name: String, spans: CSVCellSpans, bytes: UnsafeBufferPointer<UInt8>) -> Column {
        let storage: Column.Storage? = switch guessType(spans, bytes) {
        case .number: isCodeName(name) && looksLikeCodes(spans, bytes) ? nil
            : typed(spans, bytes, Double.nan, CellParser.number).map { .numbers($0, percent: false) }
        case .percent: typed(spans, bytes, Double.nan, CellParser.percent).map { .numbers($0, percent: true) }
        case .money: typed(spans, bytes, Column.missingInteger, CellParser.money).map { .money($0) }
        case .date: typed(spans, bytes, Column.missingInteger) { CellParser.date($0, $1, $2).map { Int64($0.number) } }
            .map { .dates($0) }
        case .bool: typed(spans, bytes, Bool?.none) { CellParser.bool($0, $1, $2) }.map { .bools($0) }
        case .text, .duration: nil
        }
        return Column(name: name, storage: storage ?? text(spans, bytes))
    }

    /// True for headers that name identifiers (`id`, `indicator`, `code`, `ref`, `key`, `indicator_id`).
    static func isCodeName(_ name: String) -> Bool {
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { ["id", "indicator", "code", "ref", "key"].contains(String($0)) }
    }

    /// True when a cell is a decimal written with a trailing zero (`6.10`): in a column of identifiers
    /// that zero is part of the code (indicator 6.10 is not 6.1, whether or not 6.1 is in the file too),
    /// so the column stays text.
    static func looksLikeCodes(_ spans: CSVCellSpans, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<spans.count {
            let (s, e, _) = spans.cell(i, in: bytes)
            guard s < e, bytes[e - 1] == 48, let dot = (s..<e).first(where: { bytes[$0] == 46 }), e - 1 > dot,
                  CellParser.number(bytes, s, e) != nil else { continue }
            return true
        }
        return false
    }

    /// The type of the first non-empty cell (text when there is none).
    static func guessType(_ spans: CSVCellSpans, _ bytes: UnsafeBufferPointer<UInt8>) -> ColumnType {
        for i in 0..<spans.count {
            let (s, e, _) = spans.cell(i, in: bytes)
            if s < e { return classify(bytes, s, e) }
        }
        return .text
    }

    /// The type a single non-empty cell would have on its own.
    static func classify(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> ColumnType {
        if CellParser.number(p, s, e) != nil { return .number }
        if CellParser.percent(p, s, e) != nil { return .percent }
        if CellParser.money(p, s, e) != nil { return .money }
        if CellParser.date(p, s, e) != nil { return .date }
        if CellParser.bool(p, s, e) != nil { return .bool }
        return .text
    }

    /// Every cell parsed as one type, or nil as soon as one does not fit.
    private static func typed<T>(_ spans: CSVCellSpans, _ bytes: UnsafeBufferPointer<UInt8>, _ missing: T,
                                 _ parse: (UnsafeBufferPointer<UInt8>, Int, Int) -> T?) -> [T]? {
        var out: [T] = []
        out.reserveCapacity(spans.count)
        for i in 0..<spans.count {
            let (s, e, _) = spans.cell(i, in: bytes)
            if s == e { out.append(missing); continue }
            guard let v = parse(bytes, s, e) else { return nil }
            out.append(v)
        }
        return out
    }

    /// The cells as dictionary-encoded text, interned straight from the bytes.
    private static func text(_ spans: CSVCellSpans, _ bytes: UnsafeBufferPointer<UInt8>) -> Column.Storage {
        var interner = ByteInterner(bytes: bytes)
        var codes: [Int32] = []
        codes.reserveCapacity(spans.count)
        for i in 0..<spans.count {
            let (s, e, escaped) = spans.textCell(i, in: bytes)
            if escaped { return escapedText(spans, bytes) }
            codes.append(s == e ? -1 : interner.code(s, e))
        }
        return .text(codes: codes, dictionary: interner.dictionary)
    }

    /// The cells as dictionary-encoded text, doubled quotes undoubled (for columns with `""` in a cell).
    private static func escapedText(_ spans: CSVCellSpans, _ bytes: UnsafeBufferPointer<UInt8>) -> Column.Storage {
        var builder = TextColumnBuilder()
        var scratch: [UInt8] = []
        for i in 0..<spans.count {
            let (s, e, escaped) = spans.textCell(i, in: bytes)
            if s == e { builder.appendMissing(); continue }
            if escaped {
                scratch.removeAll(keepingCapacity: true)
                var j = s
                while j < e {
                    scratch.append(bytes[j])
                    j += bytes[j] == CSVScanner.quote ? 2 : 1
                }
                builder.append(String(decoding: scratch, as: UTF8.self))
            } else {
                builder.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self))
            }
        }
        return builder.storage
    }
}

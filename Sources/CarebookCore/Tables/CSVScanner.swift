/// One field of a CSV record: a byte range of the file, without its surrounding quotes.
struct CSVField {
    var start: Int
    var end: Int
    /// True when the field holds doubled quotes (`""`) that must be undoubled to read it.
    var escaped: Bool
}

/// Splits CSV bytes into records of fields (RFC 4180), one record per call, without copying.
///
/// Works directly on the file's bytes: a field is a byte range. Quoted fields may
/// hold delimiters, doubled quotes and line breaks; records end at LF, CRLF or CR.
struct CSVScanner {
    /// What a call to `next(into:)` found.
    enum Outcome: Equatable {
        case record
        case end
        /// The record is unusable; `field` is the 1-based field where it went wrong.
        case malformed(field: Int, message: String)
        /// A quoted field that starts at `field` never closes before the end of the file.
        case unterminated(field: Int)
    }

    static let quote: UInt8 = 34, newline: UInt8 = 10, carriageReturn: UInt8 = 13

    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    /// Where scanning stops: the end of the bytes, or of the part of them this scanner reads.
    let end: Int
    /// The byte offset of the next record.
    private(set) var position: Int
    /// The 1-based physical line of `position`.
    private(set) var line: Int

    /// A scanner of `bytes[start..<end]` (to the end of the bytes by default) whose first line is numbered `line`.
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int? = nil, line: Int = 1, delimiter: UInt8 = 44) {
        self.bytes = bytes
        self.position = start
        self.end = end ?? bytes.count
        self.line = line
        self.delimiter = delimiter
    }

    /// Reads the next record's fields into `fields` (cleared first).
    mutating func next(into fields: inout [CSVField]) -> Outcome {
        fields.removeAll(keepingCapacity: true)
        if position >= end { return .end }
        var problem: Outcome?
        while true {
            if position >= end {
                fields.append(CSVField(start: position, end: position, escaped: false))
                return problem ?? .record
            }
            if bytes[position] == Self.quote {
                guard let field = scanQuoted() else { return .unterminated(field: fields.count + 1) }
                fields.append(field)
                if position < end, !isFieldEnd(bytes[position]) {
                    if problem == nil {
                        problem = .malformed(field: fields.count, message: "text after the closing quote of a quoted field")
                    }
                    _ = scanUnquoted()
                }
            } else {
                fields.append(scanUnquoted())
            }
            if finishField() { return problem ?? .record }
        }
    }

    /// Moves past the delimiter or line end after a field; true at the end of the record.
    private mutating func finishField() -> Bool {
        guard position < end else { return true }
        let b = bytes[position]
        position += 1
        if b == delimiter { return false }
        if b == Self.carriageReturn, position < end, bytes[position] == Self.newline { position += 1 }
        line += 1
        return true
    }

    private func isFieldEnd(_ b: UInt8) -> Bool {
        b == delimiter || b == Self.newline || b == Self.carriageReturn
    }

    /// Scans a quoted field starting at its opening quote; nil if it never closes.
    private mutating func scanQuoted() -> CSVField? {
        var p = position + 1
        let start = p
        var escaped = false
        var lines = 0
        let count = end
        while p < count {
            let b = bytes[p]
            if b == Self.quote {
                if p + 1 < count, bytes[p + 1] == Self.quote { escaped = true; p += 2; continue }
                line += lines
                position = p + 1
                return CSVField(start: start, end: p, escaped: escaped)
            }
            if b == Self.newline { lines += 1 }
            p += 1
        }
        return nil
    }

    /// Scans an unquoted field up to the next delimiter or line end.
    private mutating func scanUnquoted() -> CSVField {
        let start = position
        var p = position
        let count = end, delimiter = self.delimiter
        while p < count {
            let b = bytes[p]
            if b == delimiter || b == Self.newline || b == Self.carriageReturn { break }
            p += 1
        }
        position = p
        return CSVField(start: start, end: p, escaped: false)
    }

    /// After an unterminated quote: continue with the line after `line` (counted from `offset`).
    mutating func resume(afterLineStartingAt offset: Int, line startLine: Int) {
        var p = offset
        while p < end, bytes[p] != Self.newline { p += 1 }
        position = min(p + 1, end)
        line = startLine + 1
    }
}

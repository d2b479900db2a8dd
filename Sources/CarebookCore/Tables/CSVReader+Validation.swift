extension CSVReader {
    /// A one-line error when the bytes are not CSV text: empty, binary, or not UTF-8.
    static func checkText(_ bytes: [UInt8], name: String) -> Diagnostic? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if body.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
            return Diagnostic("\(name) is empty: no header row", file: name)
        }
        if bytes.prefix(8192).contains(0) {
            return Diagnostic("\(name) looks like a binary file, not CSV text (it contains NUL bytes)", file: name)
        }
        if let bad = firstInvalidUTF8(bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            let lineStart = bytes[..<bad].lastIndex(of: 10).map { $0 + 1 } ?? 0
            let at = SourceLocation(line: line, column: bad - lineStart + 1)
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            return Diagnostic("\(name) is not UTF-8 text: byte 0x\(hex) on line \(line) "
                              + "(save it as CSV UTF-8)", at: SourceRange(at, at), file: name)
        }
        return nil
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8(in: $0) }
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(in p: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = p.count
        let base = UnsafeRawPointer(p.baseAddress)
        while i < n {
            // Plain ASCII, eight bytes at a time.
            if let base, i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            let length = sequenceLength(p, i)
            if length == 0 { return i }
            i += length
        }
        return nil
    }

    /// The length of the valid multi-byte sequence at `i`, or 0 if it is invalid.
    private static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        let (length, low, high): (Int, UInt8, UInt8) = switch b {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: (0, 0, 0)
        }
        guard length > 0, i + length <= p.count, (low...high).contains(p[i + 1]) else { return 0 }
        for k in 2..<max(2, length) where p[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }
}

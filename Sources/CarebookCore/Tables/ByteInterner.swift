/// Interns byte ranges of a buffer as dictionary codes, making a `String` only for each new value.
///
/// The CSV reader's text columns go through this rather than hashing a `String`
/// per cell: a repeated code costs one byte hash and one byte comparison. Each slot
/// of the open-addressed table holds a value's code and the top half of its hash,
/// so a probe touches the value's bytes only when the hashes agree.
struct ByteInterner {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Per slot: the hash's top 32 bits (which also pick the home slot), then code + 1 (0 for an empty slot).
    private var slots: [UInt64]
    private var mask: Int
    /// Per code: where the value's bytes are, as start << 32 | end.
    private var spans: [UInt64] = []
    /// The distinct values, in order of first appearance; a value's code is its index.
    private(set) var dictionary: [String] = []
    /// The last value coded, so a run of the same value (rows sorted by it) skips the hash.
    private var last: (start: Int, end: Int, code: Int32) = (0, 0, -1)

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.slots = [UInt64](repeating: 0, count: 1024)
        self.mask = 1023
    }

    /// The code of the text in `start..<end`, added if new.
    mutating func code(_ start: Int, _ end: Int) -> Int32 {
        if last.code >= 0, last.end - last.start == end - start,
           end == start || equalBytes(bytes.baseAddress! + last.start, bytes.baseAddress! + start, end - start) {
            return last.code
        }
        let c = lookup(start, end)
        last = (start, end, c)
        return c
    }

    private mutating func lookup(_ start: Int, _ end: Int) -> Int32 {
        let h = Self.hash(bytes, start, end)
        let tag = h & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: h >> 32) & mask
        while true {
            let s = slots[slot]
            if s == 0 { break }
            if s & 0xFFFF_FFFF_0000_0000 == tag {
                let c = Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
                if equal(c, start, end) { return Int32(c) }
            }
            slot = (slot + 1) & mask
        }
        let c = Int32(dictionary.count)
        slots[slot] = tag | UInt64(c + 1)
        spans.append(UInt64(start) << 32 | UInt64(end))
        dictionary.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        if dictionary.count * 2 > slots.count { grow() }
        return c
    }

    private func equal(_ c: Int, _ start: Int, _ end: Int) -> Bool {
        let span = spans[c]
        let s = Int(span >> 32), n = Int(span & 0xFFFF_FFFF) - s
        guard n == end - start else { return false }
        guard n > 0 else { return true }
        return equalBytes(bytes.baseAddress! + s, bytes.baseAddress! + start, n)
    }

    private func equalBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        for i in 0..<n where a[i] != b[i] { return false }
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for s in old where s != 0 {
            var slot = Int(truncatingIfNeeded: s >> 32) & mask     // the home slot comes from the tag: no rehash
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = s
        }
    }

    /// FNV-1a over the bytes, with a final mix so the low bits spread well.
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in start..<end { h = (h ^ UInt64(p[i])) &* 0x100000001b3 }
        h ^= h >> 33
        h = h &* 0xff51afd7ed558ccd
        h ^= h >> 33
        return h
    }
}

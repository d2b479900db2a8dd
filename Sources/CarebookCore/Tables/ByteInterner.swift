/// Interns byte ranges of a buffer as dictionary codes, making a `String` only for each new value.
///
/// The CSV reader's text columns go through this rather than hashing a `String`
/// per cell: a repeated code costs one byte hash and one byte comparison.
struct ByteInterner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var slots: [Int32]
    private var mask: Int
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// The distinct values, in order of first appearance; a value's code is its index.
    private(set) var dictionary: [String] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.slots = [Int32](repeating: -1, count: 1024)
        self.mask = 1023
    }

    /// The code of the text in `start..<end`, added if new.
    mutating func code(_ start: Int, _ end: Int) -> Int32 {
        let h = Self.hash(bytes, start, end)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let c = slots[slot]
            if c < 0 { break }
            if hashes[Int(c)] == h, equal(Int(c), start, end) { return c }
            slot = (slot + 1) & mask
        }
        let c = Int32(dictionary.count)
        slots[slot] = c
        starts.append(start); ends.append(end); hashes.append(h)
        dictionary.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        if dictionary.count * 2 > slots.count { grow() }
        return c
    }

    private func equal(_ c: Int, _ start: Int, _ end: Int) -> Bool {
        let s = starts[c], n = ends[c] - s
        guard n == end - start else { return false }
        guard n > 0 else { return true }
        return memcmpBytes(bytes.baseAddress! + s, bytes.baseAddress! + start, n)
    }

    private func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        for i in 0..<n where a[i] != b[i] { return false }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for c in 0..<hashes.count {
            var slot = Int(truncatingIfNeeded: hashes[c]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(c)
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

/// The checksum every cache entry carries: XXH64 (seed 0), fed in pieces as the entry is written.
///
/// A checksum against damage, not a signature against forgery: it is fast (four independent
/// 64-bit lanes, 32 bytes a step) so that verifying a 100 MB entry costs a small part of reading it.
/// It gives the same values as the reference xxHash library (see `LoadCacheChecksumTests`).
struct CacheChecksum {
    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

    private var v1 = p1 &+ p2, v2 = p2, v3: UInt64 = 0, v4 = 0 &- p1
    /// Bytes not yet making a whole 32-byte stripe (at most 31).
    private var pending: [UInt8] = []
    private var length = 0

    init() { pending.reserveCapacity(32) }

    /// The checksum of `bytes` in one go.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var c = CacheChecksum()
        c.add(bytes)
        return c.value
    }

    /// Feeds the next bytes.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        length += bytes.count
        var start = 0
        if !pending.isEmpty {
            let take = min(32 - pending.count, bytes.count)
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: take))
            start = take
            guard pending.count == 32 else { return }
            pending.withUnsafeBytes { stripes($0.baseAddress!, count: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let whole = (bytes.count - start) / 32
        if whole > 0 { stripes(base + start, count: whole) }
        start += whole * 32
        if start < bytes.count { pending.append(contentsOf: UnsafeRawBufferPointer(start: base + start, count: bytes.count - start)) }
    }

    private mutating func stripes(_ p: UnsafeRawPointer, count: Int) {
        var (a, b, c, d) = (v1, v2, v3, v4)
        var q = p
        for _ in 0..<count {
            a = Self.round(a, q.loadUnaligned(as: UInt64.self).littleEndian)
            b = Self.round(b, q.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian)
            c = Self.round(c, q.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian)
            d = Self.round(d, q.loadUnaligned(fromByteOffset: 24, as: UInt64.self).littleEndian)
            q += 32
        }
        (v1, v2, v3, v4) = (a, b, c, d)
    }

    /// The checksum of everything fed so far (feeding may go on afterwards).
    var value: UInt64 {
        var h: UInt64
        if length >= 32 {
            h = Self.rotl(v1, 1) &+ Self.rotl(v2, 7) &+ Self.rotl(v3, 12) &+ Self.rotl(v4, 18)
            for v in [v1, v2, v3, v4] { h = (h ^ Self.round(0, v)) &* Self.p1 &+ Self.p4 }
        } else {
            h = Self.p5
        }
        h &+= UInt64(length)
        pending.withUnsafeBytes { tail in
            var i = 0
            while i + 8 <= tail.count {
                h ^= Self.round(0, tail.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
                h = Self.rotl(h, 27) &* Self.p1 &+ Self.p4
                i += 8
            }
            if i + 4 <= tail.count {
                h ^= UInt64(tail.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian) &* Self.p1
                h = Self.rotl(h, 23) &* Self.p2 &+ Self.p3
                i += 4
            }
            while i < tail.count {
                h ^= UInt64(tail[i]) &* Self.p5
                h = Self.rotl(h, 11) &* Self.p1
                i += 1
            }
        }
        h ^= h >> 33; h &*= Self.p2
        h ^= h >> 29; h &*= Self.p3
        return h ^ (h >> 32)
    }

    @inline(__always) private static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        rotl(acc &+ input &* p2, 31) &* p1
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A cache entry that cannot be read back: truncated, from another format, or damaged.
struct CacheDamage: Error {
    /// What was wrong, for the one line the user sees: `checksum`, `code out of range`, `layout`.
    var reason = "layout"

    static let checksum = CacheDamage(reason: "checksum")
    static let code = CacheDamage(reason: "code out of range")
}

/// Reads what `CacheWriter` wrote, from a memory-mapped file; every read is bounds-checked.
struct CacheReader {
    private let bytes: UnsafeRawBufferPointer
    /// The mapping `bytes` points into, held so that it outlives every read.
    private let file: MappedFile?
    private var offset = 0

    /// Reads bytes the caller keeps alive for as long as the reader is used.
    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes; file = nil }

    /// Reads a mapped file, holding it: the mapping lives as long as the reader.
    init(_ file: MappedFile) { bytes = file.bytes; self.file = file }

    mutating func int() throws -> Int {
        try need(8)
        var v: Int64 = 0
        withUnsafeMutableBytes(of: &v) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 8])) }
        offset += 8
        return Int(Int64(littleEndian: v))
    }

    mutating func bool() throws -> Bool { try int() != 0 }

    /// A plain array as `CacheWriter.raw` wrote it; each of `rules` is checked on every element's bytes first.
    mutating func raw<T>(_: T.Type = T.self, checking rules: [ByteRule] = []) throws -> [T] {
        precondition(_isPOD(T.self), "only plain values are read raw")
        let count = try int()
        let size = MemoryLayout<T>.stride
        guard count >= 0, count <= bytes.count / max(size, 1) else { throw CacheDamage() }
        try need(count * size)
        let source = bytes.baseAddress! + offset
        if !rules.isEmpty, !Self.satisfies(rules, source, count: count, stride: size) { throw CacheDamage.code }
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: source, byteCount: count * size) }
            initialized = count
        }
        release(from: offset, count: count * size)
        offset += count * size
        try align()
        return values
    }

    /// True when every element's bytes keep every rule: one pass over the elements, all rules for each
    /// (3 ms for a million episodes in an optimised build).
    private static func satisfies(_ rules: [ByteRule], _ source: UnsafeRawPointer, count: Int, stride: Int) -> Bool {
        precondition(rules.allSatisfy { $0.offset < stride })
        let offsets = rules.map(\.offset), allowed = rules.flatMap(\.allowed)
        return allowed.withUnsafeBufferPointer { table in
            offsets.withUnsafeBufferPointer { at in
                var ok = true, base = 0
                for _ in 0..<count {
                    for k in 0..<at.count { ok = ok && table[k &* 256 &+ Int(source.load(fromByteOffset: base &+ at[k], as: UInt8.self))] }
                    base &+= stride
                }
                return ok
            }
        }
    }

    /// Lets the kernel drop the mapped pages of a large array once it has been copied out,
    /// so a cache read does not hold the entry and its copy in memory at once.
    private func release(from start: Int, count: Int) {
        let page = 4096
        guard count >= 1 << 20, let base = bytes.baseAddress else { return }
        let first = (Int(bitPattern: base) + start + page - 1) / page * page
        let last = (Int(bitPattern: base) + start + count) / page * page
        if last > first { madvise(UnsafeMutableRawPointer(bitPattern: first), last - first, MADV_DONTNEED) }
    }

    mutating func string() throws -> String {
        let s = try strings()
        guard s.count == 1 else { throw CacheDamage() }
        return s[0]
    }

    mutating func strings() throws -> [String] {
        let lengths = try raw(Int32.self)
        var out: [String] = []
        out.reserveCapacity(lengths.count)
        for n in lengths { out.append(try text(Int(n))) }
        try align()
        return out
    }

    mutating func optionalStrings() throws -> [String?] {
        let lengths = try raw(Int32.self)
        var out: [String?] = []
        out.reserveCapacity(lengths.count)
        for n in lengths { out.append(n < 0 ? nil : try text(Int(n))) }
        try align()
        return out
    }

    private mutating func text(_ n: Int) throws -> String {
        try need(n)
        defer { offset += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + n]), as: UTF8.self)
    }

    /// True when every byte has been read.
    var atEnd: Bool { offset == bytes.count }

    /// Checks the checksum `CacheWriter.checkpoint()` wrote: that of every byte before it.
    mutating func checkpoint() throws {
        let end = offset
        guard UInt64(bitPattern: Int64(try int())) == CacheChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[0..<end]))
        else { throw CacheDamage.checksum }
    }

    /// Checks the checksum the entry ends with: that of every byte before it.
    func verifyChecksum() throws {
        guard bytes.count >= 8 else { throw CacheDamage() }
        var stored: UInt64 = 0
        withUnsafeMutableBytes(of: &stored) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[(bytes.count - 8)...])) }
        guard UInt64(littleEndian: stored) == CacheChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 8)]))
        else { throw CacheDamage.checksum }
    }

    private mutating func align() throws {
        let pad = (8 - offset % 8) % 8
        try need(pad)
        offset += pad
    }

    private func need(_ n: Int) throws {
        guard n >= 0, offset + n <= bytes.count else { throw CacheDamage() }
    }
}

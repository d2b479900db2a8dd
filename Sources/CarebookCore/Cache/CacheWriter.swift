#if canImport(Glibc)
import Glibc
#endif

/// Writes the cache's binary layout to a file: integers as 8 bytes, arrays of plain
/// values as a count and their raw bytes (8-byte aligned), strings as lengths and one UTF-8 blob.
///
/// Large arrays go straight from their storage to the file; only small values pass through a buffer.
/// Every byte also feeds the entry's checksum, which `finish()` writes last.
struct CacheWriter {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var offset = 0
    private var checksum = CacheChecksum()
    private(set) var failed = false

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { put($0) }
    }

    mutating func bool(_ value: Bool) { int(value ? 1 : 0) }

    /// A plain (trivially copyable) array: its count, then its memory as it is.
    mutating func raw<T>(_ values: [T]) {
        precondition(_isPOD(T.self), "only plain values are written raw")
        int(values.count)
        values.withUnsafeBytes { put($0) }
        align()
    }

    mutating func string(_ s: String) { strings([s]) }

    /// Strings as their count, each length, then every string's UTF-8 back to back.
    mutating func strings(_ values: [String]) {
        raw(values.map { Int32($0.utf8.count) })
        for s in values {
            var s = s
            s.withUTF8 { put(UnsafeRawBufferPointer($0)) }
        }
        align()
    }

    /// Optional strings: a length of -1 marks nil.
    mutating func optionalStrings(_ values: [String?]) {
        raw(values.map { $0.map { Int32($0.utf8.count) } ?? -1 })
        for case var s? in values {
            s.withUTF8 { put(UnsafeRawBufferPointer($0)) }
        }
        align()
    }

    /// The checksum of everything written so far, so that a reader can trust the start of an
    /// entry (such as a summary line) without reading the whole of it.
    mutating func checkpoint() {
        int(Int(Int64(bitPattern: checksum.value)))
    }

    /// Writes the checksum of everything before it and what is buffered; false when any write failed.
    mutating func finish() -> Bool {
        int(Int(Int64(bitPattern: checksum.value)))
        flush()
        return !failed
    }

    private mutating func align() {
        let pad = (8 - offset % 8) % 8
        if pad > 0 { [UInt8](repeating: 0, count: pad).withUnsafeBytes { put($0) } }
    }

    private mutating func put(_ bytes: UnsafeRawBufferPointer) {
        offset += bytes.count
        checksum.add(bytes)
        if bytes.count >= 1 << 15 {
            flush()
            if !failed, let base = bytes.baseAddress { failed = !PrivateFile.writeAll(fd, UnsafeRawBufferPointer(start: base, count: bytes.count)) }
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        if !failed { failed = !buffer.withUnsafeBytes { PrivateFile.writeAll(fd, $0) } }
        buffer.removeAll(keepingCapacity: true)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file mapped read-only into memory, unmapped when the value is released.
///
/// `bytes` is valid only while this object lives: whoever reads them must hold it (`CacheReader`
/// does), or the mapping may be gone after the object's last use.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path`; nil when it is missing, empty or cannot be mapped.
    /// `whole` reads all of it in at once rather than a page fault at a time.
    init?(path: String, whole: Bool = true) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE | Self.populate(whole), fd, 0),
              base != MAP_FAILED else { return nil }
        #if !os(Linux)
        if whole { _ = madvise(base, size, MADV_WILLNEED) }
        #endif
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    /// The flag that reads the whole file in at mapping time: MAP_POPULATE on Linux; elsewhere none
    /// (`madvise(MADV_WILLNEED)` asks for the same read-ahead after mapping).
    private static func populate(_ whole: Bool) -> Int32 {
        #if os(Linux)
        return whole ? MAP_POPULATE : 0
        #else
        return 0
        #endif
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}

/// What identifies one version of a file without reading it: its device and inode, size,
/// and modification and status-change times to the nanosecond.
///
/// Any write to the file, a replacement by rename or a copy over it changes at least one of these.
public struct FileFingerprint: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var device: UInt64
    public var inode: UInt64
    public var size: Int
    public var modified: Int64
    public var changed: Int64

    /// The fingerprint of the file at `path` now; nil when it cannot be read.
    public init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.path = path
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int(st.st_size)
        modified = st.modifiedNanoseconds
        changed = st.changedNanoseconds
    }

    public var description: String {
        "\(path) dev=\(device) ino=\(inode) size=\(size) mtime=\(modified) ctime=\(changed)"
    }
}

extension stat {
    /// The modification time in nanoseconds since the epoch (`st_mtim` on Linux, `st_mtimespec` on Darwin).
    var modifiedNanoseconds: Int64 {
        #if os(Linux)
        Self.nanoseconds(st_mtim)
        #else
        Self.nanoseconds(st_mtimespec)
        #endif
    }

    /// The status-change time in nanoseconds since the epoch (`st_ctim` on Linux, `st_ctimespec` on Darwin).
    var changedNanoseconds: Int64 {
        #if os(Linux)
        Self.nanoseconds(st_ctim)
        #else
        Self.nanoseconds(st_ctimespec)
        #endif
    }

    private static func nanoseconds(_ t: timespec) -> Int64 {
        Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }
}

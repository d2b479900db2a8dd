#if canImport(Glibc)
import Glibc
#endif

/// A file mapped read-only into memory, unmapped when the value is released.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path`; nil when it is missing, empty or cannot be mapped.
    /// `whole` reads all of it in at once (MAP_POPULATE) rather than a page fault at a time.
    init?(path: String, whole: Bool = true) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)
        let flags = MAP_PRIVATE | (whole ? MAP_POPULATE : 0)
        guard let base = mmap(nil, size, PROT_READ, flags, fd, 0), base != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
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
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        changed = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
    }

    public var description: String {
        "\(path) dev=\(device) ino=\(inode) size=\(size) mtime=\(modified) ctime=\(changed)"
    }
}

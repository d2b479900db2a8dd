import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files holding child-level data: created readable by the user only, written atomically, and never
/// through a symbolic link or over a file someone else put in the way.
///
/// New files are opened `O_CREAT|O_EXCL|O_NOFOLLOW` (a name that already exists, even as a link,
/// is refused rather than followed) under an unpredictable temporary name, then renamed into place;
/// a rename replaces a link at the final path rather than writing to what it points at.
public enum PrivateFile {
    /// Writes `text` to `path` through a new temporary file in the same folder and a rename, mode 0600.
    public static func writeAtomically(_ text: String, to path: String) throws {
        try writeAtomically(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` the same way (a new private file, then a rename).
    public static func writeAtomically(bytes: [UInt8], to path: String) throws {
        let (fd, temp) = try createTemporary(for: path)
        let ok = bytes.withUnsafeBytes { writeAll(fd, $0) } && fsync(fd) == 0
        close(fd)
        guard ok else { unlink(temp); throw failure("cannot write", path) }
        guard rename(temp, path) == 0 else { unlink(temp); throw failure("cannot replace", path) }
    }

    /// Creates a new file, mode 0600, beside `path` to be renamed over it: `.NAME.tmp-PID-RANDOM`,
    /// created `O_CREAT|O_EXCL|O_NOFOLLOW` so nothing already there is followed or reused.
    public static func createTemporary(for path: String) throws -> (fd: Int32, path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        for _ in 0..<8 {
            let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temp = (dir.isEmpty ? "." : dir) + "/." + name + ".tmp-\(getpid())-\(random)"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 {
                _ = fchmod(fd, 0o600)
                return (fd, temp)
            }
            if errno != EEXIST { break }
        }
        throw failure("cannot write", path)
    }

    /// Appends to `path`, creating it with mode 0600; the data is on disk when this returns.
    /// A symbolic link or anything but a regular file at `path` is refused; `create` insists the file is new.
    public static func append(_ text: String, to path: String, create: Bool = false) throws {
        let fd = try openForAppending(path, create: create)
        defer { close(fd) }
        let ok = Array(text.utf8).withUnsafeBytes { writeAll(fd, $0) }
        guard ok else { throw failure("cannot write", path) }
        fsync(fd)
    }

    /// Opens `path` for appending (see `append`): never through a link, only a regular file, made private.
    public static func openForAppending(_ path: String, create: Bool = false) throws -> Int32 {
        let fd = openRegular(path, flags: O_WRONLY | O_CREAT | O_APPEND | (create ? O_EXCL : 0))
        guard fd >= 0 else { throw failure("cannot write", path) }
        return fd
    }

    /// Opens `path` with `flags` (creating it mode 0600 when they include `O_CREAT`): never through
    /// a symbolic link (`O_NOFOLLOW`), only a regular file, and an existing file's mode tightened to
    /// 0600. Returns -1 with `errno` set when it cannot (EINVAL for anything but a regular file).
    public static func openRegular(_ path: String, flags: Int32) -> Int32 {
        let fd = open(path, flags | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return -1 }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            errno = EINVAL
            return -1
        }
        if st.st_mode & 0o077 != 0 { _ = fchmod(fd, 0o600) }
        return fd
    }

    /// Creates a folder readable by the user only if missing, and any missing parents (also 0700).
    public static func makeDirectory(_ path: String) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o700) != 0 && errno != EEXIST { throw failure("cannot create folder", path) }
        }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { throw failure("cannot create folder", path) }
    }

    /// Why the folder at `path` must not hold private files; nil when it may (or does not exist yet).
    ///
    /// It must be a real directory (not a symbolic link to one), owned by this user, and not
    /// writable by group or others.
    public static func folderRefusal(_ path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        if (st.st_mode & S_IFMT) == S_IFLNK { return "\(path) is a symbolic link" }
        if (st.st_mode & S_IFMT) != S_IFDIR { return "\(path) is not a folder" }
        if st.st_uid != geteuid() { return "\(path) belongs to another user" }
        if st.st_mode & 0o022 != 0 {
            let who = st.st_mode & 0o002 != 0 ? "anyone" : "its group"
            return "\(path) can be written by \(who) (mode \(String(st.st_mode & 0o777, radix: 8)))"
        }
        return nil
    }

    static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 { if errno == EINTR { continue }; return false }
            offset += n
        }
        return true
    }

    static func failure(_ what: String, _ path: String) -> Diagnostic {
        Diagnostic("\(what) \(path): \(String(cString: strerror(errno)))")
    }
}

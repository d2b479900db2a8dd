import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files holding child-level data: created readable by the user only, written atomically.
public enum PrivateFile {
    /// Writes `text` to `path` through a temporary file in the same folder and a rename, mode 0600.
    public static func writeAtomically(_ text: String, to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let temp = (dir.isEmpty ? "." : dir) + "/." + (path as NSString).lastPathComponent + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw failure("cannot write", path) }
        let bytes = Array(text.utf8)
        let ok = bytes.withUnsafeBytes { writeAll(fd, $0) } && fsync(fd) == 0
        close(fd)
        guard ok else { unlink(temp); throw failure("cannot write", path) }
        guard rename(temp, path) == 0 else { unlink(temp); throw failure("cannot replace", path) }
        chmod(path, 0o600)
    }

    /// Appends to `path`, creating it with mode 0600; the data is on disk when this returns.
    public static func append(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard fd >= 0 else { throw failure("cannot write", path) }
        defer { close(fd) }
        let ok = Array(text.utf8).withUnsafeBytes { writeAll(fd, $0) }
        guard ok else { throw failure("cannot write", path) }
        fsync(fd)
    }

    /// Creates a folder readable by the user only (and its parents) if missing.
    public static func makeDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw failure("cannot create folder", path)
        }
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

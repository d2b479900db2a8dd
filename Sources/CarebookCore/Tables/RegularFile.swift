#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files, refusing anything that is not a regular file.
///
/// A FIFO, a device (`/dev/zero`), a socket or a directory is refused at once with
/// "… is not a regular file": the file is opened with `O_NONBLOCK` (so opening a FIFO
/// with no writer cannot block) and checked with `fstat` before a byte is read.
public enum RegularFile {
    /// Why a file could not be read.
    public enum Failure: Error, Sendable, Equatable {
        case missing
        case permissionDenied
        case directory
        case notRegular
        case other(Int32)
    }

    /// The whole file's bytes.
    public static func read(path: String) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(failure(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(failure(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.directory)
        default: return .failure(.notRegular)
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        bytes.reserveCapacity(Int(info.st_size))
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(failure(errno))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return .success(bytes)
    }

    /// The one-line message for a failure to read `path`; `kind` names what was expected ("a CSV file").
    public static func message(_ failure: Failure, path: String, kind: String) -> String {
        switch failure {
        case .missing: "no such file: \(path)"
        case .permissionDenied: "permission denied: \(path)"
        case .directory: "\(path) is a directory, not \(kind)"
        case .notRegular: "\(path) is not a regular file"
        case let .other(code): "cannot read \(path) (error \(code))"
        }
    }

    private static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT, ENOTDIR: .missing
        case EACCES, EPERM: .permissionDenied
        case EISDIR: .directory
        default: .other(code)
        }
    }

    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }
}

import CarebookCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension HistoryStore {
    /// Opens the history file with mode 0600, tightening an existing file's mode; never through a
    /// symbolic link, and only a regular file (`PrivateFile.openRegular`).
    func openPrivately(flags: Int32) throws(Diagnostic) -> Int32 {
        let fd = PrivateFile.openRegular(path, flags: flags)
        guard fd >= 0 else { throw failure("cannot open", path) }
        return fd
    }

    func readAll(_ fd: Int32) throws(Diagnostic) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { result.append(contentsOf: chunk[0..<n]); continue }
            if n == 0 { return result }
            if errno != EINTR { throw failure("cannot read", path) }
        }
    }

    func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(Diagnostic) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { offset += n; continue }
            if n < 0 && errno == EINTR { continue }
            throw failure("cannot write", path)
        }
    }

    func failure(_ what: String, _ file: String) -> Diagnostic {
        let reason = String(cString: strerror(errno))
        return Diagnostic("\(what) history file: \(reason)", file: file)
    }
}

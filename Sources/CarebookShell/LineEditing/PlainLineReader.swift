import CarebookCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor with no editing: for pipes, scripts and tests.
///
/// Writes nothing (no prompt, no escape sequences). Lines may end in `\n` or
/// `\r\n`; the last line may have no terminator. Bytes are decoded as UTF-8,
/// invalid sequences becoming U+FFFD, and a leading byte-order mark is dropped.
public final class PlainLineReader: LineReader {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false
    private var atStart = true

    /// Reads from `fileDescriptor` (standard input by default); closes it on
    /// deinit only when `closeOnDeinit` is true.
    public init(fileDescriptor: Int32 = STDIN_FILENO, closeOnDeinit: Bool = false) {
        self.fd = fileDescriptor
        self.ownsDescriptor = closeOnDeinit
    }

    /// Reads the file at `path`.
    public convenience init(path: String) throws(Diagnostic) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw Diagnostic("cannot open: \(String(cString: strerror(errno)))", file: path)
        }
        self.init(fileDescriptor: fd, closeOnDeinit: true)
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    public var isInteractive: Bool { false }

    /// Piped input is not recorded in the history.
    public func addHistory(_ entry: String) {}

    public func readLine(prompt: String) -> ReadResult {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = decode(buffer[start..<newline])
                start = newline + 1
                return .line(line)
            }
            if atEOF {
                guard start < buffer.count else { return .endOfInput }
                let line = decode(buffer[start...])
                start = buffer.count
                return .line(line)
            }
            if !fill() { return .interrupted }
        }
    }

    /// Reads more bytes; false when a read was interrupted by Ctrl-C.
    private func fill() -> Bool {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { buffer.append(contentsOf: chunk[0..<n]); return true }
            if n == 0 { atEOF = true; return true }
            if errno == EINTR {
                if Interruption.isRequested { Interruption.reset(); return false }
                continue
            }
            atEOF = true  // an unreadable stream ends the input
            return true
        }
    }

    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        if atStart {
            atStart = false
            if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        }
        if slice.last == UInt8(ascii: "\r") { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads CSV files into typed tables.
///
/// RFC 4180 quoting, UTF-8 with or without a byte-order mark, LF or CRLF lines,
/// a header row. Column types are inferred over all rows (see `CSVColumnDecoder`).
/// A malformed row is skipped and reported; the rest of the file still loads.
public enum CSVReader {
    /// Reads and parses the file at `path`; the table's origin is the file's name.
    public static func read(path: String) -> Result<CSVLoad, Diagnostic> {
        switch readBytes(path: path) {
        case let .success(bytes): return parse(bytes: bytes, name: path)
        case let .failure(error): return .failure(error)
        }
    }

    /// Parses CSV bytes; `name` is used in messages and as the table's origin.
    public static func parse(bytes: [UInt8], name: String) -> Result<CSVLoad, Diagnostic> {
        if let problem = checkText(bytes, name: name) { return .failure(problem) }
        guard bytes.count < Int(CSVCellSpans.escapedBit) else {
            return .failure(Diagnostic("\(name) is too large to load (over 2 GB)", file: name))
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return bytes.withUnsafeBufferPointer { buffer in
            var reading = CSVReading(bytes: buffer, start: start, name: name)
            return reading.run().map { table in
                CSVLoad(table: table, columnTypes: table.columns.map(\.type), rowsRead: table.rowCount,
                        skipped: reading.problems, skippedCount: reading.skippedCount, fileSize: bytes.count)
            }
        }
    }

    /// The whole file as bytes, or a one-line error (no such file, a directory, unreadable).
    public static func readBytes(path: String) -> Result<[UInt8], Diagnostic> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(openError(path: path, code: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Diagnostic("cannot read \(path)", file: path)) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(Diagnostic("\(path) is a directory, not a CSV file", file: path))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        bytes.reserveCapacity(Int(info.st_size))
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(openError(path: path, code: errno))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return .success(bytes)
    }

    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    private static func openError(path: String, code: Int32) -> Diagnostic {
        switch code {
        case ENOENT, ENOTDIR: Diagnostic("no such file: \(path)", file: path)
        case EACCES, EPERM: Diagnostic("permission denied: \(path)", file: path)
        case EISDIR: Diagnostic("\(path) is a directory, not a CSV file", file: path)
        default: Diagnostic("cannot read \(path) (error \(code))", file: path)
        }
    }
}

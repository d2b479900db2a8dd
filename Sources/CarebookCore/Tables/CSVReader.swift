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

    /// The whole file as bytes, or a one-line error (no such file, a directory, not a regular file, unreadable).
    public static func readBytes(path: String) -> Result<[UInt8], Diagnostic> {
        RegularFile.read(path: path).mapError { Diagnostic(RegularFile.message($0, path: path, kind: "a CSV file"), file: path) }
    }
}

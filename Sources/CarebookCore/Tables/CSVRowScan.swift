/// Scans the data rows of one part of a CSV file (all of it, or half when split): cells and skipped-row problems.
struct CSVRowScan {
    let name: String
    let columns: Int
    private var scanner: CSVScanner
    private var fields: [CSVField] = []
    /// The good rows' cells.
    let cells: CSVCellColumns
    private(set) var problems: [CSVProblem] = []
    private(set) var skippedCount = 0
    /// True when a Ctrl-C stopped the scan.
    private(set) var interrupted = false
    private var rescans = 0
    static let rescanLimit = 100

    /// A scan of `bytes[start..<end]`, whose first line is numbered `line`.
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, line: Int, name: String, columns: Int) {
        self.name = name
        self.columns = columns
        scanner = CSVScanner(bytes: bytes, start: start, end: end, line: line)
        cells = CSVCellColumns(columns: columns, expectedRows: Self.estimateRows(bytes, start, end))
        fields.reserveCapacity(columns + 1)
    }

    /// The line after the part's last record.
    var endLine: Int { scanner.line }

    /// Reads every record of the part.
    mutating func run() {
        var rows = 0
        while let ok = nextRow() {
            guard ok else { continue }
            cells.append(fields)
            rows += 1
            if rows & 0xFFFF == 0, Interruption.isRequested {
                interrupted = true
                return
            }
        }
    }

    /// Rows expected in the part, from the length of its first line, with some to spare.
    private static func estimateRows(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var p = start
        while p < end, p - start < 4096, bytes[p] != CSVScanner.newline { p += 1 }
        let line = max(p - start + 1, 8)
        return (end - start) / line + (end - start) / (line * 8) + 64
    }

    /// The next record into `fields`: true if it is a good row, false if skipped, nil at the end.
    private mutating func nextRow() -> Bool? {
        let line = scanner.line, offset = scanner.position
        switch scanner.next(into: &fields) {
        case .end:
            return nil
        case .record:
            if isBlank { return false }
            if fields.count == columns { return true }
            report(line, nil, "row has \(fields.count) field\(fields.count == 1 ? "" : "s"), header has \(columns): "
                   + "skipped (every row must have one field per header column)")
            return false
        case let .malformed(field, message):
            report(line, field, message + ": row skipped")
            return false
        case let .unterminated(field):
            return recover(line: line, offset: offset, field: field)
        }
    }

    /// After an unterminated quote, reports it and carries on from the next line (up to a limit).
    private mutating func recover(line: Int, offset: Int, field: Int) -> Bool? {
        rescans += 1
        guard rescans <= Self.rescanLimit else {
            report(line, field, "unterminated quoted field: rest of file skipped (too many unterminated quotes)")
            return nil
        }
        report(line, field, "unterminated quoted field: row skipped")
        scanner.resume(afterLineStartingAt: offset, line: line)
        return false
    }

    private var isBlank: Bool {
        fields.count == 1 && fields[0].start == fields[0].end
    }

    private mutating func report(_ line: Int, _ column: Int?, _ message: String) {
        skippedCount += 1
        if problems.count < CSVLoad.problemLimit {
            problems.append(CSVProblem(file: name, line: line, column: column, message: message))
        }
    }
}

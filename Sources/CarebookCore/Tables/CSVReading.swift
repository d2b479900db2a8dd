/// One run of the CSV reader over a file's bytes: header, rows, skipped-row problems.
struct CSVReading {
    let bytes: UnsafeBufferPointer<UInt8>
    let name: String
    private var scanner: CSVScanner
    private var fields: [CSVField] = []
    private(set) var problems: [CSVProblem] = []
    private(set) var skippedCount = 0
    private var rescans = 0
    static let rescanLimit = 100

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, name: String) {
        self.bytes = bytes
        self.name = name
        self.scanner = CSVScanner(bytes: bytes, start: start)
    }

    /// Reads the header and every row, and builds the typed table.
    mutating func run() -> Result<Table, Diagnostic> {
        let header: [String]
        switch readHeader() {
        case let .success(names): header = names
        case let .failure(error): return .failure(error)
        }
        var spans = [CSVCellSpans](repeating: CSVCellSpans(), count: header.count)
        var rows = 0
        while let ok = nextRow(expecting: header.count) {
            guard ok else { continue }
            for i in 0..<header.count { spans[i].append(fields[i]) }
            rows += 1
            if rows & 0xFFFF == 0, Interruption.isRequested {
                return .failure(Diagnostic("interrupted while reading \(name)", file: name))
            }
        }
        // Columns decode independently: on both cores when there are two.
        let columns = ParallelMap.map(header.count) { CSVColumnDecoder.decode(name: header[$0], spans: spans[$0], bytes: bytes) }
        return .success(Table(columns: columns, rowCount: rows, origin: name))
    }

    /// The next record into `fields`: true if it is a good row, false if skipped, nil at the end.
    private mutating func nextRow(expecting count: Int) -> Bool? {
        let line = scanner.line, offset = scanner.position
        switch scanner.next(into: &fields) {
        case .end:
            return nil
        case .record:
            if isBlank { return false }
            if fields.count == count { return true }
            report(line, nil, "row has \(fields.count) field\(fields.count == 1 ? "" : "s"), header has \(count): "
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

extension CSVReading {
    /// The header's column names: trimmed, `column_N` when empty, `_2`, `_3` added to repeats.
    mutating func readHeader() -> Result<[String], Diagnostic> {
        var outcome = scanner.next(into: &fields)
        while outcome == .record, isBlank { outcome = scanner.next(into: &fields) }
        switch outcome {
        case .end:
            return .failure(Diagnostic("\(name) is empty: no header row", file: name))
        case let .malformed(field, message):
            return .failure(headerError(field, message))
        case let .unterminated(field):
            return .failure(headerError(field, "unterminated quoted field in the header row"))
        case .record:
            return .success(Self.uniqueNames(fields.map(fieldText)))
        }
    }

    private func headerError(_ field: Int, _ message: String) -> Diagnostic {
        let at = SourceLocation(line: 1, column: field)
        return Diagnostic("\(name):1:\(field): \(message)", at: SourceRange(at, at), file: name)
    }

    /// A field as trimmed text, doubled quotes undoubled.
    func fieldText(_ f: CSVField) -> String {
        var out: [UInt8] = []
        var i = f.start
        while i < f.end {
            out.append(bytes[i])
            i += f.escaped && bytes[i] == CSVScanner.quote ? 2 : 1
        }
        while let first = out.first, first == 32 || first == 9 { out.removeFirst() }
        while let last = out.last, last == 32 || last == 9 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    static func uniqueNames(_ raw: [String]) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for (i, r) in raw.enumerated() {
            var name = r.isEmpty ? "column_\(i + 1)" : r
            if seen.contains(name.lowercased()) {
                var k = 2
                while seen.contains("\(name)_\(k)".lowercased()) { k += 1 }
                name = "\(name)_\(k)"
            }
            seen.insert(name.lowercased())
            names.append(name)
        }
        return names
    }
}

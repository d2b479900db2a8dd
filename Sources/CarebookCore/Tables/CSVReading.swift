import Foundation

/// One run of the CSV reader over a file's bytes: header, rows, skipped-row problems.
///
/// The rows are scanned in one part, or in two on two cores when the file is large and
/// has no quote characters at all (so every line break ends a record and the file can be
/// split at one); the parts' rows and problems are joined in file order.
struct CSVReading {
    let bytes: UnsafeBufferPointer<UInt8>
    let name: String
    private var scanner: CSVScanner
    private var fields: [CSVField] = []
    private(set) var problems: [CSVProblem] = []
    private(set) var skippedCount = 0
    /// Files smaller than this are scanned in one part.
    static let splitMinimum = 1 << 20

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
        let start = scanner.position, line = scanner.line
        let parts: [CSVRowScan]
        if let split = splitPoint(from: start) {
            let bounds = [(start, split, line), (split, bytes.count, 1)]
            parts = ParallelMap.map(2) { i in
                var part = CSVRowScan(bytes: bytes, start: bounds[i].0, end: bounds[i].1, line: bounds[i].2,
                                      name: name, columns: header.count)
                part.run()
                return part
            }
        } else {
            var part = CSVRowScan(bytes: bytes, start: start, end: bytes.count, line: line, name: name, columns: header.count)
            part.run()
            parts = [part]
        }
        if parts.contains(where: \.interrupted) {
            return .failure(Diagnostic("interrupted while reading \(name)", file: name))
        }
        join(parts)
        let cells = parts.map(\.cells)
        // Columns decode independently: on both cores when there are two.
        let columns = ParallelMap.map(header.count) {
            CSVColumnDecoder.decode(name: header[$0], spans: CSVCellSpans(column: $0, parts: cells), bytes: bytes)
        }
        return .success(Table(columns: columns, rowCount: cells.reduce(0) { $0 + $1.rows }, origin: name))
    }

    /// Where to split the rows in two: just after the first line break past the middle, when that is safe and worth it.
    private func splitPoint(from start: Int) -> Int? {
        let count = bytes.count - start
        guard count >= Self.splitMinimum, ProcessInfo.processInfo.activeProcessorCount > 1,
              let base = bytes.baseAddress else { return nil }
        if memchr(base + start, Int32(CSVScanner.quote), count) != nil { return nil }
        let middle = start + count / 2
        guard let lf = memchr(base + middle, Int32(CSVScanner.newline), bytes.count - middle) else { return nil }
        let split = UnsafePointer<UInt8>(lf.assumingMemoryBound(to: UInt8.self)) - base + 1
        return split < bytes.count ? split : nil
    }

    /// The parts' problems in file order, renumbered to the file's lines, and the count of skipped rows.
    private mutating func join(_ parts: [CSVRowScan]) {
        var offset = 0
        for part in parts {
            skippedCount += part.skippedCount
            for var p in part.problems where problems.count < CSVLoad.problemLimit {
                p.line += offset
                problems.append(p)
            }
            offset += part.endLine - 1
        }
    }
}

extension CSVReading {
    private var isBlank: Bool {
        fields.count == 1 && fields[0].start == fields[0].end
    }

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

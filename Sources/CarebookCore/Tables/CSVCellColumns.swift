/// The byte ranges of a CSV part's good rows, column by column, written straight from the scanner.
///
/// One allocation holds every column (column `c` at `c * capacity`), grown by doubling,
/// so storing a row is a few plain stores rather than an array append per cell.
final class CSVCellColumns {
    let columns: Int
    private(set) var rows = 0
    private var capacity: Int
    private var starts: UnsafeMutablePointer<UInt32>
    private var ends: UnsafeMutablePointer<UInt32>

    init(columns: Int, expectedRows: Int) {
        self.columns = columns
        capacity = max(expectedRows, 64)
        starts = .allocate(capacity: capacity * max(columns, 1))
        ends = .allocate(capacity: capacity * max(columns, 1))
    }

    deinit {
        starts.deallocate()
        ends.deallocate()
    }

    /// Stores a record's fields as the next row (`fields.count == columns`).
    func append(_ fields: [CSVField]) {
        if rows == capacity { grow() }
        for (c, f) in fields.enumerated() {
            starts[c * capacity + rows] = UInt32(truncatingIfNeeded: f.start)
            ends[c * capacity + rows] = UInt32(truncatingIfNeeded: f.end) | (f.escaped ? CSVCellSpans.escapedBit : 0)
        }
        rows += 1
    }

    /// Copies column `column`'s starts and ends onto the end of `starts` and `ends`.
    func copy(column: Int, starts outStarts: inout [UInt32], ends outEnds: inout [UInt32]) {
        outStarts.append(contentsOf: UnsafeBufferPointer(start: starts + column * capacity, count: rows))
        outEnds.append(contentsOf: UnsafeBufferPointer(start: ends + column * capacity, count: rows))
    }

    private func grow() {
        let bigger = capacity * 2
        for (old, keep) in [(starts, true), (ends, false)] {
            let new = UnsafeMutablePointer<UInt32>.allocate(capacity: bigger * max(columns, 1))
            for c in 0..<columns { (new + c * bigger).initialize(from: old + c * capacity, count: rows) }
            old.deallocate()
            if keep { starts = new } else { ends = new }
        }
        capacity = bigger
    }
}

/// Gathers rows of text cells read from XML and types them as the CSV reader types a file's columns.
///
/// The cells are kept as bytes one after another (a zero byte between them) with each row's
/// source line, and decoded column by column by `CSVColumnDecoder` at the end: a column of
/// dates becomes dates, of numbers numbers, a mixed one text, exactly as from a CSV file.
struct XMLTableBuilder {
    let names: [String]
    private var bytes: [UInt8] = [0]
    private let cells: CSVCellColumns
    private(set) var lines: [Int32] = []
    private var fields: [CSVField]

    init(columns names: [String]) {
        self.names = names
        cells = CSVCellColumns(columns: names.count, expectedRows: 64)
        fields = Array(repeating: CSVField(start: 0, end: 0, escaped: false), count: names.count)
    }

    var rowCount: Int { lines.count }

    /// False once the cells outgrow what a column's byte offsets can address (2 GB).
    var fits: Bool { bytes.count < Int(CSVCellSpans.escapedBit) }

    /// Adds a row: `value(column)` gives each named column's text (nil or empty for a blank cell).
    mutating func append(line: Int, _ value: (String) -> String?) {
        for (i, name) in names.enumerated() {
            let start = bytes.count
            if let text = value(name), !text.isEmpty { bytes.append(contentsOf: text.utf8) }
            fields[i] = CSVField(start: start, end: bytes.count, escaped: false)
            bytes.append(0)
        }
        cells.append(fields)
        lines.append(Int32(clamping: line))
    }

    /// The typed table, each row carrying its source line.
    func table(origin: String) -> Table {
        let columns = bytes.withUnsafeBufferPointer { buffer in
            names.indices.map { CSVColumnDecoder.decode(name: names[$0], spans: CSVCellSpans(column: $0, parts: [cells]), bytes: buffer) }
        }
        var table = Table(columns: columns, rowCount: lines.count, origin: origin)
        table.rowLines = lines
        return table
    }
}

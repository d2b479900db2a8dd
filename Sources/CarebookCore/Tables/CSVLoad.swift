/// The result of reading a CSV file: the table, what was inferred, and what was skipped.
public struct CSVLoad: Sendable {
    /// The loaded rows; `origin` is the file name.
    public var table: Table
    /// The inferred type of each column, in table order.
    public var columnTypes: [ColumnType]
    /// Data rows loaded into the table (skipped rows and blank lines not counted).
    public var rowsRead: Int
    /// Malformed rows that were left out, in file order (at most `CSVLoad.problemLimit` kept).
    public var skipped: [CSVProblem]
    /// How many rows were left out in all (may exceed `skipped.count`).
    public var skippedCount: Int
    /// Size of the file in bytes.
    public var fileSize: Int

    /// The most problems kept in `skipped`; further ones are only counted.
    public static let problemLimit = 1_000

    public init(table: Table, columnTypes: [ColumnType], rowsRead: Int, skipped: [CSVProblem],
                skippedCount: Int, fileSize: Int) {
        self.table = table
        self.columnTypes = columnTypes
        self.rowsRead = rowsRead
        self.skipped = skipped
        self.skippedCount = skippedCount
        self.fileSize = fileSize
    }
}

/// A malformed CSV row that was skipped, and why.
public struct CSVProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file the row is in.
    public var file: String
    /// The 1-based physical line where the record starts.
    public var line: Int
    /// The 1-based field number the problem was found in, when it is known.
    public var column: Int?
    public var message: String

    public init(file: String, line: Int, column: Int?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `people.csv:7:3: unterminated quoted field`.
    public var description: String {
        let place = column.map { "\(line):\($0)" } ?? "\(line)"
        return "\(file):\(place): \(message)"
    }

    /// The problem as a warning diagnostic pointing at its line.
    public var diagnostic: Diagnostic {
        let start = SourceLocation(line: line, column: column ?? 1)
        return Diagnostic(message, at: SourceRange(start, start), file: file, severity: .warning)
    }
}

/// A position in a source text: 1-based line, and 1-based column counted in characters.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A span of source text, from `start` up to but not including `end`.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(_ start: SourceLocation, _ end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range covering both ranges.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }

    /// The same range moved down by `lines` lines (for statements inside a longer script).
    public func offset(lines: Int) -> SourceRange {
        SourceRange(SourceLocation(line: start.line + lines, column: start.column),
                    SourceLocation(line: end.line + lines, column: end.column))
    }

    public var description: String { start.description }
}

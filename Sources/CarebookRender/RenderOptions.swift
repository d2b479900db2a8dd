/// How values are rendered: output mode, terminal size limits, and colour.
public struct RenderOptions: Sendable, Equatable {
    public var mode: OutputMode
    /// The widest a table may be, in display columns; nil for no limit.
    public var maxWidth: Int?
    /// The most rows a table may show (including the `…` row); nil for no limit.
    public var maxRows: Int?
    /// Whether ANSI styling (a bold header) may be used; when false the output has no escape sequences.
    public var color: Bool

    public init(mode: OutputMode = .table, maxWidth: Int? = nil, maxRows: Int? = nil, color: Bool = false) {
        self.mode = mode
        self.maxWidth = maxWidth
        self.maxRows = maxRows
        self.color = color
    }
}

/// The form tables are printed in.
public enum OutputMode: String, Sendable, CaseIterable {
    /// Aligned columns with box-drawing separators, fitted to the terminal.
    case table
    /// CSV text, every row (`CSVWriter`).
    case csv
    /// A GitHub pipe table, every row.
    case markdown
}

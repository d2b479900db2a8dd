/// What reading one worksheet of a workbook gave: the table (as a CSV load gives it, so the same
/// loaders take it), the sheet it came from, and the cells that could not be read.
public struct XLSXLoad: Sendable {
    public var load: CSVLoad
    /// The name of the sheet read.
    public var sheet: String
    /// One line per cell left empty because it could not be read (an error value, fractional pence …),
    /// the first `XLSXReader.problemLimit` of them, then how many more.
    public var warnings: [String]
}

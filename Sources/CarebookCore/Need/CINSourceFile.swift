/// A loaded CIN table: its rows, the path it was loaded as, and which table it is.
public struct CINSourceFile: Sendable {
    public var table: Table
    public var file: String
    public var kind: CINKind
    /// The file's resolved path and the table's kind: loading the same table of the same file again replaces it.
    public var identity: String
    /// Which census the table belongs to: its folder, or for a table read from a census XML file that file.
    /// A census's tables are tied to the CINdetails of the same census first.
    public var census: String = ""
    /// What the table's rows hold, read once when it is loaded (the load summary adds these up).
    var tally: CINTally?

    public init(table: Table, file: String, kind: CINKind, identity: String, census: String = "") {
        (self.table, self.file, self.kind, self.identity, self.census) = (table, file, kind, identity, census)
        tally = CINTally(self)
    }
}

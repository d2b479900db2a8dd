/// A loaded CIN table: its rows, the path it was loaded as, and which table it is.
public struct CINSourceFile: Sendable {
    public var table: Table
    public var file: String
    public var kind: CINKind
    /// The file's resolved path: loading the same file again replaces it.
    public var identity: String
}

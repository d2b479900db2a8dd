/// A data file the session read, with its fingerprint.
public struct DataSource: Sendable, Equatable {
    /// The path as written in the `load` statement.
    public var path: String
    public var bytes: Int
    private var known: String
    /// The fingerprint still being computed on another core after a load, if it is not known yet.
    private var pending: BackgroundDigest?

    /// Lower-case hex SHA-256 of the file's bytes (waits for it when it is still being computed).
    public var sha256: String { pending?.hex ?? known }

    public init(path: String, sha256: String, bytes: Int) {
        self.path = path
        self.known = sha256
        self.bytes = bytes
    }

    /// A source whose SHA-256 is being computed in the background: a load need not wait for it.
    init(path: String, digest: BackgroundDigest, bytes: Int) {
        self.init(path: path, sha256: "", bytes: bytes)
        pending = digest
    }

    public static func == (a: DataSource, b: DataSource) -> Bool {
        a.path == b.path && a.bytes == b.bytes && a.sha256 == b.sha256
    }
}

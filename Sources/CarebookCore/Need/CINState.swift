import Synchronization

/// The workspace's Children in Need census data: the CIN tables and contacts loaded so far, built into
/// one `CINDataSet` the first time it is asked for (and again after another file is loaded).
public struct CINState: Sendable {
    public private(set) var sources: [CINSourceFile] = []
    private var pending: PendingCINData?

    public init() {}

    /// Adds a table; loading the same file again (by its resolved path) replaces it.
    mutating func add(_ source: CINSourceFile) {
        sources.removeAll { $0.identity == source.identity }
        sources.append(source)
        pending = PendingCINData(sources)
    }

    /// The merged data set; nil before any CIN table is loaded.
    public var data: CINDataSet? { pending?.value }
}

/// A CIN data set built once, the first time it is asked for, whichever thread asks.
final class PendingCINData: Sendable {
    private let sources: [CINSourceFile]
    private let built = Mutex<CINDataSet?>(nil)

    init(_ sources: [CINSourceFile]) { self.sources = sources }

    var value: CINDataSet {
        built.withLock { data in
            if let data { return data }
            let made = CINDataSet(sources: sources)
            data = made
            return made
        }
    }
}

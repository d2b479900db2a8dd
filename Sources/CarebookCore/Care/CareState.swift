import Synchronization

/// The workspace's looked-after-children data: the 903 files loaded so far and the
/// reference data (placement mapping, in-borough districts, population, targets).
///
/// The data set is rebuilt from all loaded files whenever one is added, so
/// several years' returns load into one data set. It is built (or read from the load
/// cache) when first needed: loading a header and then its episodes builds only once.
public struct CareState: Sendable {
    public private(set) var headers: [CareSourceFile] = []
    public private(set) var episodes: [CareSourceFile] = []
    /// The return's other tables (reviews, OC2, OC3, AD1, …) in load order, joined when the data set is built.
    public private(set) var returnFiles: [(kind: SSDA903Kind, source: CareSourceFile)] = []
    /// The bank holidays the review schedule counts working days with (the workspace's).
    public var bankHolidays: BankHolidays = .englandAndWales {
        didSet { if !returnFiles.isEmpty { rebuild() } }
    }
    public var mapping: PlacementMapping = .default
    public var districts: Set<String>?
    public var population: Population = .exampleBorough
    public var catalogue: IndicatorCatalogue = .standard
    /// Each loaded file's resolved, standardised path, by the path it was loaded as.
    private var identities: [String: String] = [:]
    /// The data set of every loaded header and episodes file, when first asked for.
    private var pending: PendingCareData?
    /// Where built data sets are kept between sessions (injected through the `Workspace`).
    public let cache: LoadCache

    public init(cache: LoadCache = .off) {
        self.cache = cache
    }

    /// Adds a file of any kind; loading the same file again (by its resolved path) replaces it rather than adding it twice.
    /// `key` is the file's cache key (nil when it has none).
    mutating func add(_ table: Table, file: String, identity: String, key: String?, kind: SSDA903Kind) {
        identities[file] = identity
        let known = identities
        let same: (CareSourceFile) -> Bool = { known[$0.file] == identity }
        headers.removeAll(where: same)
        episodes.removeAll(where: same)
        returnFiles.removeAll { same($0.source) }
        let source = CareSourceFile(table: table, file: file, key: key, resolved: identity)
        switch kind {
        case .header: headers.append(source)
        case .episodes: episodes.append(source)
        default: returnFiles.append((kind, source))
        }
        rebuild()
    }

    /// The data set built from every loaded header and episodes file; nil before any is loaded.
    public var data: CareDataSet? { pending?.value }

    /// The data set's summary; from the cache when it holds the data set, without reading it.
    public var summary: CareDataSummary? { pending?.summary }

    /// Rebuilds the data set after the files or the reference data changed.
    public mutating func rebuild() {
        pending = nil      // the old data set goes before the new one is built: at most one is in memory
        guard !episodes.isEmpty || !headers.isEmpty else { return }
        let (headers, episodes, mapping, districts, cache) = (headers, episodes, mapping, districts, cache)
        // The return's other tables are joined after the (cached) data set is built or read: see `CareDataSet.attach`.
        let returns: [CareDataSet.ReturnFile] = returnFiles.map { ($0.kind, $0.source.table, $0.source.file) }
        let holidays = bankHolidays
        pending = PendingCareData(
            summary: {
                guard returns.isEmpty else { return nil }      // the cached summary does not count them
                return cache.careSummary(headers: headers, episodes: episodes, mapping: mapping, districts: districts)
            },
            build: {
                var data = cache.careData(headers: headers, episodes: episodes, mapping: mapping, districts: districts)
                data.attach(returns, holidays: holidays)
                return data
            })
    }
}

/// A data set built the first time it is asked for, once, whichever thread asks.
final class PendingCareData: Sendable {
    private let cachedSummary: @Sendable () -> CareDataSummary?
    private let build: @Sendable () -> CareDataSet
    private let built = Mutex<CareDataSet?>(nil)

    init(summary: @escaping @Sendable () -> CareDataSummary?, build: @escaping @Sendable () -> CareDataSet) {
        self.cachedSummary = summary
        self.build = build
    }

    var value: CareDataSet {
        built.withLock { data in
            if let data { return data }
            let made = build()
            data = made
            return made
        }
    }

    var summary: CareDataSummary {
        if let data = built.withLock({ $0 }) { return data.summary }
        return cachedSummary() ?? value.summary
    }
}

/// The session's looked-after-children data: the 903 files loaded so far and the
/// reference data (placement mapping, in-borough districts, population, targets).
///
/// The data set is rebuilt from all loaded files whenever one is added, so
/// several years' returns load into one data set.
public struct CareState: Sendable {
    public private(set) var headers: [(table: Table, file: String)] = []
    public private(set) var episodes: [(table: Table, file: String)] = []
    public var mapping: PlacementMapping = .default
    public var districts: Set<String>?
    public var population: Population = .exampleBorough
    public var catalogue: IndicatorCatalogue = .standard
    /// Weekly unit costs by placement group (loaded, or set with `set_cost`).
    public var costs = UnitCosts()
    /// Each loaded file's resolved, standardised path, by the path it was loaded as.
    private var identities: [String: String] = [:]
    /// The data set built from every loaded header and episodes file.
    public private(set) var data: CareDataSet?

    public init() {}

    /// Adds a file; loading the same file again (by its resolved path) replaces it rather than adding it twice.
    mutating func add(_ table: Table, file: String, identity: String, kind: SSDA903Kind) {
        identities[file] = identity
        let same: ((table: Table, file: String)) -> Bool = { identities[$0.file] == identity }
        headers.removeAll(where: same)
        episodes.removeAll(where: same)
        if kind == .header { headers.append((table, file)) } else { episodes.append((table, file)) }
        rebuild()
    }

    /// Rebuilds the data set after the files or the reference data changed.
    public mutating func rebuild() {
        guard !episodes.isEmpty || !headers.isEmpty else { data = nil; return }
        data = CareDataSet.build(headers: headers, episodes: episodes, mapping: mapping, inBoroughDistricts: districts)
    }
}

extension Environment {
    /// The default reporting date: the `asat` in force, else the last date in the care data.
    public var reportingDate: Day? {
        asat ?? care.data?.dateRange?.last
    }
}

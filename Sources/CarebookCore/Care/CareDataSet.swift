/// A loaded SSDA903 data set: children, episodes, periods of care and placements, with what was excluded or repaired.
///
/// Built once from the header and episodes tables of one or more years
/// (`CareDataSet.build`); every snapshot, event list and indicator is computed
/// from it. Episodes are sorted by child, then DECOM.
public struct CareDataSet: Sendable {
    /// The names of the files loaded, indexed by `RowSource.file`.
    public internal(set) var files: [String] = []
    public internal(set) var children: [CareChild] = []
    public internal(set) var episodes: [Episode] = []
    public internal(set) var periods: [PeriodOfCare] = []
    public internal(set) var placements: [Placement] = []
    /// Postcode districts seen in PL_POST, indexed by `Episode.district`.
    public internal(set) var districts: [String] = []
    public internal(set) var mapping: PlacementMapping = .default
    /// The borough's own postcode districts; nil when not given (out of area is then unknown).
    public internal(set) var inBoroughDistricts: Set<String>?
    /// Every problem found, in file and line order.
    public internal(set) var issues: [CareIssue] = []
    /// The automatic repairs made while merging.
    public internal(set) var repairs: [CareRepair] = []
    /// Rows read per file (data rows, excluding the header line).
    public internal(set) var rowsRead: [Int] = []
    /// The return's other tables (reviews, OC2, OC3, AD1, …), joined to the children; not kept in the load cache.
    public internal(set) var returnTables = CareReturn()

    // Indexes, per child and per episode.
    var childIndex: [String: Int32] = [:]
    var childEpisodes: [Range<Int>] = []
    var childPeriods: [Range<Int>] = []
    var childPlacements: [Range<Int>] = []
    /// The placement of each episode; -1 when it belongs to none (a temporary move before any placement).
    var episodePlacement: [Int32] = []
    var episodePeriod: [Int32] = []

    public init() {}

    /// The index of a child by CHILD id.
    ///
    /// A data set read back from the load cache carries no index by id (building one costs more
    /// than the searches made of it): the children are then searched in order.
    public func child(id: String) -> Int? {
        if !childIndex.isEmpty { return childIndex[id].map(Int.init) }
        return children.firstIndex { $0.id == id }
    }

    /// The episodes of a child, in date order.
    public func episodes(ofChild child: Int) -> ArraySlice<Episode> { episodes[childEpisodes[child]] }

    /// The periods of care of a child, in date order.
    public func periods(ofChild child: Int) -> ArraySlice<PeriodOfCare> { periods[childPeriods[child]] }

    /// The placements of a child, in date order.
    public func placements(ofChild child: Int) -> ArraySlice<Placement> { placements[childPlacements[child]] }

    /// The first DECOM and the last DEC (or DECOM) in the data; nil when there are no episodes.
    public var dateRange: (first: Day, last: Day)? {
        guard let first = episodes.map(\.start).min() else { return nil }
        let last = episodes.map { $0.end ?? $0.start }.max()!
        return (first, last)
    }

    /// The issues that excluded a row or a child.
    public var exclusions: [CareIssue] { issues.filter { $0.outcome == .excluded } }

    /// The placement group of an episode.
    public func group(of episode: Episode) -> PlacementMapping.Group { mapping.groups[Int(episode.group)] }
}

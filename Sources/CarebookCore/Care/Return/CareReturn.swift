/// The tables of the 903 return beyond header and episodes, read, checked, merged across years and joined to the children.
///
/// Several years' returns merge into one: reviews by child and date, missing episodes by child and
/// start, social-worker episodes by child and start, decisions to place for adoption by child and
/// date; OC2, OC3, AD1, UASC and previous permanence keep one record per child, the one from the
/// file loaded last (returns load oldest first). A row from an earlier file that a later one
/// replaces is counted as a repair. Built from the files each time the data set is (it is not kept
/// in the load cache: see `CareDataSet.attach(_:holidays:)`).
public struct CareReturn: Sendable {
    public internal(set) var reviews: [ReturnReview] = []
    public internal(set) var health: [ReturnHealth] = []
    public internal(set) var careLeavers: [ReturnCareLeaver] = []
    public internal(set) var adoptions: [ReturnAdoption] = []
    public internal(set) var placedForAdoption: [ReturnPlacedForAdoption] = []
    public internal(set) var missing: [ReturnMissing] = []
    public internal(set) var uasc: [ReturnUASC] = []
    public internal(set) var previousPermanence: [ReturnPreviousPermanence] = []
    public internal(set) var socialWorkers: [ReturnSocialWorker] = []
    /// Rows read, per kind, over every file of that kind.
    public internal(set) var rowsRead: [SSDA903Kind: Int] = [:]
    /// Rows an earlier file had that a later one replaced (or a file repeated).
    public internal(set) var replaced = 0
    /// The index of each child of the data set by CHILD, made once when joined (a cached data set has none).
    var childIndex: [String: Int] = [:]

    public init() {}

    /// True when no table of the return beyond header and episodes is loaded.
    public var isEmpty: Bool { rowsRead.isEmpty }

    /// Records kept, per kind (after merging), and the children they are about.
    public var counts: [CareDataSummary.ReturnCount] {
        func count(_ kind: SSDA903Kind, _ children: [String]) -> CareDataSummary.ReturnCount? {
            guard rowsRead[kind] != nil else { return nil }
            return CareDataSummary.ReturnCount(kind: kind, records: children.count, children: Set(children).count)
        }
        return [count(.reviews, reviews.map(\.child)), count(.oc2, health.map(\.child)),
                count(.oc3, careLeavers.map(\.child)), count(.ad1, adoptions.map(\.child)),
                count(.placedForAdoption, placedForAdoption.map(\.child)), count(.missing, missing.map(\.child)),
                count(.uasc, uasc.map(\.child)), count(.previousPermanence, previousPermanence.map(\.child)),
                count(.socialWorkers, socialWorkers.map(\.child))].compactMap { $0 }
    }
}

/// Unit-cost lookups for many rows at once: each distinct group, age band and provider is looked up once.
///
/// `UnitCosts.entry` normalises every entry's group name on each call, which is
/// fine for one lookup but not for every child of a national snapshot.
struct UnitCostLookup {
    private struct Key: Hashable {
        var group: String
        var ageBand: String?
        var provider: String?
    }

    let costs: UnitCosts
    private var cache: [Key: Money?] = [:]

    init(_ costs: UnitCosts) { self.costs = costs }

    /// As `UnitCosts.weekly(group:ageBand:provider:)`.
    mutating func weekly(group: String, ageBand: String? = nil, provider: String? = nil) -> Money? {
        let key = Key(group: group, ageBand: ageBand, provider: provider)
        if let known = cache[key] { return known }
        let found = costs.weekly(group: group, ageBand: ageBand, provider: provider)
        cache[key] = found
        return found
    }
}

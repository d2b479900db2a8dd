/// Weekly unit costs per placement group, optionally by age band or provider.
///
/// Costs are data: loaded from a CSV (`placement_group, weekly_cost[, age_band][, provider]`)
/// or set in the session. A lookup takes the most specific entry that fits
/// (group + age band + provider beats group + age band beats group alone).
/// Group names match ignoring case, spaces and punctuation, and an entry also
/// fits a longer group name it starts ("Agency fostering" fits
/// "Agency fostering (IFA / other LA)").
public struct UnitCosts: Sendable {
    /// One weekly cost.
    public struct Entry: Sendable, Equatable {
        public var group: String
        public var ageBand: String?
        public var provider: String?
        public var weekly: Money

        public init(group: String, ageBand: String? = nil, provider: String? = nil, weekly: Money) {
            self.group = group
            self.ageBand = ageBand
            self.provider = provider
            self.weekly = weekly
        }

        var specificity: Int { (ageBand == nil ? 0 : 2) + (provider == nil ? 0 : 1) }
    }

    public private(set) var entries: [Entry]
    /// Where the costs came from ("unit-costs.csv", "set in the session").
    public var origin: String

    public init(entries: [Entry] = [], origin: String = "") {
        self.entries = entries
        self.origin = origin
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Sets a cost, replacing an entry for the same group, age band and provider.
    public mutating func set(_ group: String, weekly: Money, ageBand: String? = nil, provider: String? = nil) {
        let key = Self.key(group)
        let same: (Entry) -> Bool = {
            Self.key($0.group) == key && $0.ageBand == ageBand && $0.provider?.uppercased() == provider?.uppercased()
        }
        if let i = entries.firstIndex(where: same) {
            entries[i].weekly = weekly
        } else {
            entries.append(Entry(group: group, ageBand: ageBand, provider: provider, weekly: weekly))
        }
    }

    /// The weekly cost for a placement group (and the child's age band and provider); nil when none fits.
    public func weekly(group: String, ageBand: String? = nil, provider: String? = nil) -> Money? {
        entry(group: group, ageBand: ageBand, provider: provider)?.weekly
    }

    /// The entry used for a group, age band and provider; nil when none fits.
    public func entry(group: String, ageBand: String? = nil, provider: String? = nil) -> Entry? {
        let key = Self.key(group)
        var best: (entry: Entry, score: Int)?
        for e in entries {
            let k = Self.key(e.group)
            guard k == key || (!k.isEmpty && key.hasPrefix(k)) else { continue }
            if let band = e.ageBand, band != ageBand { continue }
            if let p = e.provider, p.uppercased() != provider?.uppercased() { continue }
            let score = e.specificity * 2 + (k == key ? 1 : 0)
            if best == nil || score > best!.score { best = (e, score) }
        }
        return best?.entry
    }

    /// A group name reduced to lower-case letters and digits, with the published table's synonyms
    /// ("External children's home" is a commissioned children's home; "LA children's home" an in-house one).
    public static func key(_ name: String) -> String {
        let k = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
        return synonyms[k] ?? k
    }

    static let synonyms = [
        "externalchildrenshome": "commissionedchildrenshome",
        "lachildrenshome": "inhousechildrenshome",
    ]

    /// The costs as a table: placement_group, age_band, provider, weekly_cost.
    public var table: Table {
        var group = TextColumnBuilder(), band = TextColumnBuilder(), provider = TextColumnBuilder()
        for e in entries {
            group.append(e.group)
            if let b = e.ageBand { band.append(b) } else { band.appendMissing() }
            if let p = e.provider { provider.append(p) } else { provider.appendMissing() }
        }
        var columns = [Column(name: CohortView.Field.placementGroup.column, storage: group.storage)]
        if entries.contains(where: { $0.ageBand != nil }) { columns.append(Column(name: CohortView.Field.ageBand.column, storage: band.storage)) }
        if entries.contains(where: { $0.provider != nil }) { columns.append(Column(name: "provider", storage: provider.storage)) }
        columns.append(Column(name: "weekly_cost", storage: .money(entries.map(\.weekly.pence))))
        return Table(columns: columns, rowCount: entries.count, origin: origin.isEmpty ? "unit costs" : origin)
    }
}

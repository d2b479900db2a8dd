/// Maps a placement (PLACE and PLACE_PROVIDER) to a placement group, with its commissioned and family-based flags.
///
/// LAs differ, so the mapping is data: a table with columns `place`, `provider`,
/// `group`, `commissioned`, `family_based`, one rule per row, first match wins.
/// `place` and `provider` list codes separated by spaces (or `;`), `*` for any.
/// Placements no rule matches fall in the group `Other`.
public struct PlacementMapping: Sendable {
    /// A placement group and its flags.
    public struct Group: Sendable, Equatable {
        public var name: String
        public var commissioned: Bool
        public var familyBased: Bool
    }

    public private(set) var groups: [Group]
    /// Group index for `place * stride + provider` (the last provider slot is a blank provider).
    private var lookup: [UInt8]
    /// The index of the group `Other`, where a PLACE that is not a valid code falls.
    private var other: UInt8
    private static let stride = SSDA903Codes.provider.codes.count + 1

    /// The group index of a placement; `provider` may be `CodeList.none`, and `place` too (a PLACE that
    /// was missing or not a valid code, rule 146): that placement is `Other`, whatever the provider.
    public func group(place: UInt8, provider: UInt8) -> UInt8 {
        guard place != CodeList.none else { return other }
        let p = provider == CodeList.none ? Self.stride - 1 : Int(provider)
        return lookup[Int(place) * Self.stride + p]
    }

    /// The index of the group with this name (ignoring case).
    public func groupIndex(named name: String) -> Int? {
        groups.firstIndex { $0.name.lowercased() == name.lowercased() }
    }

    /// A mapping read from a table of rules; the error names the row and the bad code.
    public init(table: Table) throws(Diagnostic) {
        let rules = try PlacementMapping.rules(from: table)
        var groups: [Group] = []
        var ruleGroups: [UInt8] = []
        for rule in rules {
            if let i = groups.firstIndex(where: { $0.name == rule.group.name }) {
                ruleGroups.append(UInt8(i))
            } else {
                groups.append(rule.group)
                ruleGroups.append(UInt8(groups.count - 1))
            }
        }
        if groups.firstIndex(where: { $0.name == "Other" }) == nil {
            groups.append(Group(name: "Other", commissioned: false, familyBased: false))
        }
        let other = UInt8(groups.firstIndex { $0.name == "Other" }!)
        var lookup = [UInt8](repeating: other, count: SSDA903Codes.place.codes.count * Self.stride)
        for place in 0..<SSDA903Codes.place.codes.count {
            for provider in 0..<Self.stride {
                let code = provider == Self.stride - 1 ? nil : UInt8(provider)
                if let r = rules.firstIndex(where: { $0.matches(place: UInt8(place), provider: code) }) {
                    lookup[place * Self.stride + provider] = ruleGroups[r]
                }
            }
        }
        self.groups = groups
        self.lookup = lookup
        self.other = other
    }
}

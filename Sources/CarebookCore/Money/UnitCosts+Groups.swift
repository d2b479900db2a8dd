extension UnitCosts {
    /// What a group name given to `set_cost` (or `costs.NAME = …`) refers to.
    public enum GroupMatch: Equatable, Sendable {
        /// An existing cost group or a placement group of the mapping, spelled as it is there.
        case known(String)
        /// Neither; the nearest existing name, if one is close.
        case unknown(nearest: String?)
    }

    /// The group a name refers to: a cost group or mapping group with the same name (ignoring
    /// case, spaces and punctuation), else the only one whose name starts with it ("Agency
    /// fostering" is "Agency fostering (IFA / other LA)").
    ///
    /// Setting the full name matters: a lookup prefers an entry naming the group exactly, so a
    /// new "Agency fostering" entry beside "Agency fostering (IFA / other LA)" would never be used.
    public func group(named name: String, mapping: PlacementMapping) -> GroupMatch {
        var names: [String] = []
        for candidate in entries.map(\.group) + mapping.groups.map(\.name)
            where !names.contains(where: { Self.key($0) == Self.key(candidate) }) {
            names.append(candidate)
        }
        let key = Self.key(name)
        if let same = names.first(where: { Self.key($0) == key }) { return .known(same) }
        let longer = names.filter { Self.key($0).hasPrefix(key) }
        if !key.isEmpty, longer.count == 1 { return .known(longer[0]) }
        return .unknown(nearest: Suggest.nearest(to: name, in: names))
    }

    /// The entries more specific than a cost for the whole group (by age band or provider), which
    /// still apply to the children they fit after the group's cost is set.
    public func moreSpecific(than group: String, ageBand: String?, provider: String?) -> [Entry] {
        let key = Self.key(group)
        return entries.filter {
            Self.key($0.group) == key
                && ((ageBand == nil && $0.ageBand != nil) || (provider == nil && $0.provider != nil))
        }
    }

    /// Sets a cost for a group given by name, resolved as `group(named:mapping:)`; a name that is
    /// neither an existing group nor close to one starts a new group. Returns the group set and a note
    /// on entries that still take precedence, if any.
    public mutating func set(named name: String, weekly: Money, ageBand: String? = nil, provider: String? = nil,
                             mapping: PlacementMapping) throws(Diagnostic) -> (group: String, note: String?) {
        let group: String
        switch self.group(named: name, mapping: mapping) {
        case let .known(g): group = g
        case let .unknown(nearest?):
            throw Diagnostic("no placement group \"\(name)\" has a unit cost or is in the placement mapping; did you mean \"\(nearest)\"?",
                             hint: "set_cost(\"\(nearest)\", …) changes that group's cost")
        case .unknown(nil): group = name
        }
        set(group, weekly: weekly, ageBand: ageBand, provider: provider)
        let specific = moreSpecific(than: group, ageBand: ageBand, provider: provider)
        guard !specific.isEmpty else { return (group, nil) }
        let which = specific.map { e in [e.ageBand, e.provider].compactMap { $0 }.joined(separator: ", ") + " " + e.weekly.formatted() }
        return (group, "the more specific costs for \(group) (\(which.joined(separator: "; "))) still apply to the children they fit")
    }
}

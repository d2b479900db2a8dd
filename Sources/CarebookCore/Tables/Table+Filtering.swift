extension Table {
    /// The rows where `mask` is true, in order; `mask` has one entry per row.
    public func filtering(_ mask: [Bool]) -> Table {
        precondition(mask.count == rowCount, "a filter mask needs one entry per row")
        var rows: [Int] = []
        rows.reserveCapacity(mask.count)
        for (i, keep) in mask.enumerated() where keep { rows.append(i) }
        if rows.count == rowCount { return self }
        return gathering(rows)
    }
}

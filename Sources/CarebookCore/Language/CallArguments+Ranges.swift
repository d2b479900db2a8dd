extension CallArguments {
    /// An optional percentage argument that must lie within `bounds` (as fractions: 0...1 is 0% to 100%);
    /// nil when it is not given. `why` says what the bounds protect ("a success rate is a chance").
    public func percent(_ label: String, within bounds: ClosedRange<Double>, _ why: String) throws -> Double? {
        guard let (v, r) = optional(99, label) else { return nil }
        guard case let .percent(p) = v else { throw wrongKind(v, r, "a percentage \(Self.percentBounds(bounds)), such as 72%") }
        guard bounds.contains(p) else { throw outOfRange(label, v, r, Self.percentBounds(bounds), why) }
        return p
    }

    /// "`success:` must be from 0% to 100%, not 110%", pointing at the argument.
    public func outOfRange(_ label: String, _ v: Value, _ r: SourceRange, _ expected: String, _ why: String? = nil) -> Diagnostic {
        let shown = if case let .percent(p) = v { NumberText.briefPercent(p) } else { v.brief }
        return Diagnostic("`\(name)`'s `\(label):` must be \(expected), not \(shown)", at: r, hint: why)
    }

    static func percentBounds(_ b: ClosedRange<Double>) -> String {
        let low = NumberText.briefPercent(b.lowerBound), high = NumberText.briefPercent(b.upperBound)
        return b.upperBound.isInfinite ? "\(low) or more" : "from \(low) to \(high)"
    }

    /// A date argument (or the as-at date) checked against the loaded data: not before its first DECOM,
    /// where nothing can be counted. `what` names the date in the message ("`on:`", "the as-at date").
    func checkWithinData(_ d: Day, _ what: String, at r: SourceRange) throws {
        try workspace.checkWithinData(d, what, at: r)
    }
}

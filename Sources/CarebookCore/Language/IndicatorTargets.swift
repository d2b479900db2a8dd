/// Reads the `red:`, `amber:` and `green:` of an `indicator` statement into the catalogue's `Thresholds`.
///
/// In the indicator's unit: `90%` (or `90`, percentage points) for a percentage, `21` for a count. A
/// `within limits` indicator gives ranges: `green: [14, 20]`, optionally `amber: [13.9, 20.2]`.
struct IndicatorTargets {
    let unit: IndicatorUnit
    let polarity: Polarity
    let evaluator: Evaluator

    func thresholds(_ s: IndicatorStatement) throws -> Thresholds {
        if polarity == .withinLimits {
            if let red = s["red"] {
                throw Diagnostic("a `within limits` indicator is red outside its amber range; it takes no `red:`",
                                 at: red.labelRange, hint: "give green: [LOW, HIGH] and optionally amber: [LOW, HIGH]")
            }
            guard let green = try s["green"].map(range) else {
                if let amber = s["amber"] { throw Diagnostic("`amber:` needs `green:` too", at: amber.labelRange) }
                return .none
            }
            return .limits(green: green, amber: try s["amber"].map(range))
        }
        return Thresholds(red: try s["red"].map(single), amber: try s["amber"].map(single), green: try s["green"].map(single))
    }

    func single(_ f: IndicatorStatement.Field) throws -> Double {
        if case .list = f.value.kind {
            throw Diagnostic("`\(f.label):` is one value for a \(polarity.rawValue)-is-good indicator", at: f.value.range,
                             hint: "ranges such as [14, 20] are for `polarity: within_limits`")
        }
        return try number(evaluator.evaluate(f.value), f.value.range, f.label)
    }

    func range(_ f: IndicatorStatement.Field) throws -> (lower: Double, upper: Double) {
        guard case let .list(items) = try evaluator.evaluate(f.value), items.count == 2 else {
            throw Diagnostic("`\(f.label):` of a `within limits` indicator is a range such as [14, 20]", at: f.value.range)
        }
        let a = try number(items[0], f.value.range, f.label), b = try number(items[1], f.value.range, f.label)
        guard a <= b else { throw Diagnostic("`\(f.label):` runs from the lower to the higher value", at: f.value.range) }
        return (a, b)
    }

    func number(_ v: Value, _ at: SourceRange, _ label: String) throws -> Double {
        switch v {
        case let .percent(x): return x
        case let .number(x): return IndicatorCatalogue.scaled(x, unit)
        default: throw Diagnostic("`\(label):` is a number or a percentage, not \(v.kind.withArticle)", at: at)
        }
    }
}

/// Evaluates indicators defined in the language, for the catalogue: the language layer's half of
/// `IndicatorCatalogue+Defined`.
///
/// The catalogue's measures cannot throw, so the first error is kept here and rethrown by `check()`
/// once the catalogue has finished (the rest of that evaluation then gives no value).
final class DefinedIndicatorMeasure {
    let evaluator: Evaluator
    private var failure: (any Error)?

    init(_ evaluator: Evaluator) { self.evaluator = evaluator }

    /// The closure the catalogue's `MeasureContext` calls.
    var measure: DefinedMeasure { { [self] definition, days in self.run(definition, days) } }

    /// Throws the first error any evaluation raised.
    func check() throws { if let failure { throw failure } }

    func run(_ definition: IndicatorDefinition, _ days: DayRange) -> Measurement {
        guard failure == nil else { return Measurement(numerator: .nan, children: []) }
        do {
            return try evaluate(definition, days)
        } catch {
            failure = error
            return Measurement(numerator: .nan, children: [])
        }
    }

    /// The numerator and denominator with `period_start` and `period_end` bound and the as-at date at the period's end.
    func evaluate(_ definition: IndicatorDefinition, _ days: DayRange) throws -> Measurement {
        var ev = evaluator
        // An indicator whose expressions ask for itself would never finish.
        let key = "indicator:" + definition.source
        guard !ev.expanding.contains(key) else {
            throw Diagnostic("an indicator's numerator or denominator cannot ask for the indicator itself", at: definition.numerator.range)
        }
        ev.expanding.insert(key)
        ev.locals["period_start"] = .date(days.from)
        ev.locals["period_end"] = .date(days.to)
        let workspace = evaluator.workspace, saved = workspace.asat
        workspace.asat = days.to
        defer { workspace.asat = saved }
        let n = try Self.figure(definition.numerator, ev, "numerator")
        guard let denominatorExpr = definition.denominator else {
            return Measurement(numerator: n.value, value: n.value.isFinite ? n.value : nil, children: n.children)
        }
        let d = try Self.figure(denominatorExpr, ev, "denominator")
        // A denominator of 0 gives no value (the catalogue leaves the value out), never a quiet 0.
        return Measurement(numerator: n.value, denominator: d.value, children: n.children)
    }

    /// A number, or a table (or `count TABLE`) whose rows are counted and whose child column names the children.
    static func figure(_ e: Expr, _ ev: Evaluator, _ role: String) throws -> (value: Double, children: [String]) {
        if case let .call("count", args) = e.kind, args.count == 1, args[0].label == nil,
           case let .table(t) = try ev.evaluate(args[0].value) {
            return (Double(t.rowCount), children(t))
        }
        switch try ev.evaluate(e) {
        case let .number(x): return (x, [])
        case let .table(t): return (Double(t.rowCount), children(t))
        case .missing: return (.nan, [])
        case let v:
            throw Diagnostic("an indicator's \(role) must be a number, or a table whose rows are counted, not \(v.kind.withArticle)",
                             at: e.range, hint: "for example: \(role): count(peps where date <= period_end)")
        }
    }

    /// The distinct ids in the table's child column (its first identifier column), in order; none when it has none.
    static func children(_ t: Table) -> [String] {
        guard let c = t.columns.first(where: \.isIdentifier) else { return [] }
        var seen = Set<String>(), out: [String] = []
        for row in 0..<t.rowCount {
            guard case let .text(id) = c[row], seen.insert(id).inserted else { continue }
            out.append(id)
        }
        return out
    }
}

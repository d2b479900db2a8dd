/// `indicator "6.12" (…)`: an indicator defined in the language joins the workspace's catalogue.
extension Interpreter {
    /// The fields an `indicator` statement takes.
    static let indicatorFields = ["title", "polarity", "unit", "period", "numerator", "denominator", "cohort",
                                  "red", "amber", "green", "definition", "replace"]

    func defineIndicator(_ s: IndicatorStatement, _ statement: Statement, _ ev: Evaluator) throws -> Output {
        guard !s.id.trimmingSpaces.isEmpty else {
            throw Diagnostic("an indicator's id is not empty", at: s.idRange, hint: "for example: indicator \"6.12\" (…)")
        }
        for f in s.fields where !Self.indicatorFields.contains(f.label) {
            var d = Diagnostic.unknownName(f.label, what: "indicator field", at: f.labelRange, candidates: Self.indicatorFields)
            d.message = "an indicator has no field `\(f.label):`"
            throw d
        }
        let name = try Self.text(s, "title", ev, required: statement.range) ?? ""
        let polarity = try Self.choice(s, "polarity", Polarity.allCases, statement.range) { $0.rawValue }
        let unit = try Self.choice(s, "unit", IndicatorUnit.definable, statement.range) { $0.rawValue }
        let period = s["period"] == nil ? .monthEnd
            : try Self.choice(s, "period", IndicatorPeriod.allCases, statement.range) { p in p.rawValue }
        let counted = try Self.counted(s, statement.range)
        let denominator = s["denominator"]
        if let denominator, unit == .count {
            throw Diagnostic("a count has no denominator", at: denominator.labelRange,
                             hint: "use `unit: percent` (or average_count, rate_per_10000) to divide by it")
        }
        let definition = IndicatorDefinition(numerator: counted.value, denominator: denominator?.value, period: period,
                                             source: statement.text)
        let isCohort = counted.label == "cohort"
        let described = try Self.text(s, "definition", ev) ?? "Defined in the session: "
            + (isCohort ? "the rows of the cohort" : "the numerator")
            + (denominator == nil ? "" : " divided by the denominator") + ", \(period.title)."
        let indicator = Indicator(defined: definition, id: s.id, name: name, polarity: polarity, unit: unit,
                                  description: described, numerator: isCohort ? "the rows of \(counted.text)" : counted.text,
                                  denominator: denominator?.text,
                                  thresholds: try IndicatorTargets(unit: unit, polarity: polarity, evaluator: ev).thresholds(s))
        try checkRedefinition(s, ev)
        try checkEvaluates(indicator, ev)
        workspace.care.catalogue = workspace.care.catalogue.defining(indicator)
        return .message("indicator \(s.id) \(name): \(unit.rawValue), \(period.rawValue)")
    }

    /// A text field (`title:`, `definition:`); nil when absent and not required.
    static func text(_ s: IndicatorStatement, _ label: String, _ ev: Evaluator, required at: SourceRange? = nil) throws -> String? {
        guard let f = try at.map({ try required(s, label, $0) }) ?? s[label] else { return nil }
        guard case let .text(t) = try ev.evaluate(f.value) else {
            throw Diagnostic("an indicator's `\(label):` is text in quotes", at: f.value.range)
        }
        return t
    }

    static func required(_ s: IndicatorStatement, _ label: String, _ at: SourceRange) throws -> IndicatorStatement.Field {
        guard let f = s[label] else {
            throw Diagnostic("indicator \(s.id) needs `\(label):`", at: SourceRange(at.start, s.idRange.end),
                             hint: "for example: indicator \"\(s.id)\" (title: \"…\", polarity: high, unit: percent, numerator: …, denominator: …)")
        }
        return f
    }

    /// A setting written as a name (`high`, `within_limits`) or text (`"within limits"`), one of `options`.
    static func choice<T>(_ s: IndicatorStatement, _ label: String, _ options: [T], _ at: SourceRange,
                          _ name: (T) -> String) throws -> T {
        let f = try required(s, label, at)
        let written: String
        switch f.value.kind {
        case let .name(n): written = n
        case let .literal(.text(t)): written = t
        default: throw Diagnostic("`\(label):` is a name such as \(name(options[0]).replacingOccurrences(of: " ", with: "_"))",
                                  at: f.value.range)
        }
        let key = { (t: String) in t.lowercased().replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: ",", with: "") }
        if let found = options.first(where: { key(name($0)) == key(written) }) { return found }
        let names = options.map { name($0).replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: ",", with: "") }
        var d = Diagnostic.unknownName(written, what: label, at: f.value.range, candidates: names)
        d.notes.append("`\(label):` is one of " + names.joined(separator: ", "))
        throw d
    }

    /// The `numerator:`, or the `cohort:` whose rows are counted; exactly one of them.
    static func counted(_ s: IndicatorStatement, _ at: SourceRange) throws -> IndicatorStatement.Field {
        switch (s["numerator"], s["cohort"]) {
        case let (n?, nil): return n
        case let (nil, c?): return c
        case let (_, c?): throw Diagnostic("give either `numerator:` or `cohort:`, not both", at: c.labelRange)
        case (nil, nil): throw Diagnostic("indicator \(s.id) needs `numerator:` (or `cohort:`)", at: SourceRange(at.start, s.idRange.end),
                                          hint: "for example: numerator: count(peps where date <= period_end)")
        }
    }

    /// Redefining a built-in indicator needs `replace: true`; redefining one defined in the session warns.
    func checkRedefinition(_ s: IndicatorStatement, _ ev: Evaluator) throws {
        guard let existing = workspace.care.catalogue[s.id] else { return }
        var replace = false
        if let f = s["replace"] {
            guard case let .bool(b) = try ev.evaluate(f.value) else {
                throw Diagnostic("`replace:` is true or false", at: f.value.range)
            }
            replace = b
        }
        if existing.defined == nil, IndicatorCatalogue.isBuiltIn(s.id), !replace {
            throw Diagnostic("\(s.id) is a built-in indicator (\(existing.name))", at: s.idRange,
                             hint: "choose another id, or add `replace: true` to replace the built-in definition")
        }
        if existing.defined != nil, !replace {
            workspace.warn(Diagnostic("indicator \(s.id) was already defined; this definition replaces it", at: s.idRange,
                                      hint: "add `replace: true` to say so and silence this warning"))
        }
    }

    /// Evaluates a new definition once at the reporting date, so that a mistake is reported where it is written.
    func checkEvaluates(_ indicator: Indicator, _ ev: Evaluator) throws {
        guard let data = workspace.care.data, let day = workspace.reportingDate else { return }
        let measure = DefinedIndicatorMeasure(ev)
        // With the new definition in force, so that indicators defined in terms of each other are checked as used.
        let before = workspace.care.catalogue
        workspace.care.catalogue = before.defining(indicator)
        defer { workspace.care.catalogue = before }
        _ = workspace.care.catalogue.evaluate(id: indicator.id, on: day, data: data, population: workspace.care.population,
                                              defined: measure.measure)
        do { try measure.check() } catch var d as Diagnostic {
            d.notes.append("while checking indicator \(indicator.id) as at \(day.iso)")
            throw d
        }
    }
}

extension IndicatorUnit {
    /// The units a defined indicator may have (a signed change and years are the built-ins' own).
    static let definable: [IndicatorUnit] = [.count, .percent, .ratePer10000, .averageCount, .averageDays]
}

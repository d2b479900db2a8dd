/// `explain`: what an indicator, cohort, table or result is, as a phrase with its figures typed.
extension CareIndicatorBuiltins {
    static let explain = Builtin(
        "explain", summary: "what an indicator, cohort or table is, in plain words, with the numbers behind it",
        usage: "explain \"8.2\" · explain COHORT", example: "explain \"8.2\"") { args in
        let (v, _) = try args.value(0)
        if case .text = v { return .phrase(try explainIndicator(try catalogueIndicator(args, 0), args)) }
        if let name = args.nameArgument(0), case let .cohort(_, text)? = args.environment.lookup(name), case let .table(t) = v {
            return .phrase(explainCohort(name, text, t, args.workspace))
        }
        if let phrase = explainMethod(v) { return .phrase(phrase) }
        if case let .indicator(i) = v {
            return .phrase(Phrase([.words("an indicator reading: \(i.result.id) \(i.result.name): "), .reading(i.result)]))
        }
        if case let .table(t) = v {
            var lines = [Phrase.Line(.plain, [.words("a table of "), .count(t.rowCount, one: "row", many: "rows"), .words(" × "),
                                              .quantity(t.columns.count, one: "column", many: "columns")])]
            if !t.origin.isEmpty { lines.append(.words("from: \(t.origin)")) }
            return .phrase(Phrase(lines))
        }
        return .text("\(v.kind.withArticle): \(v.brief)")
    }

    static func explainIndicator(_ ind: Indicator, _ args: CallArguments) throws -> Phrase {
        var lines: [Phrase.Line] = [.words("\(ind.id) \(ind.name)", .title), .blank, .words(ind.definition), .blank,
                                    .words(ind.numerator, .field("numerator"))]
        if let d = ind.denominator { lines.append(.words(d, .field("denominator"))) }
        lines.append(.words(ind.polarity.goodWhen, .field("good when")))
        if let defined = ind.defined { lines.append(.words(defined.period.title, .field("period"))) }
        if ind.thresholds.isSet { lines += targetLines(ind) }
        guard args.workspace.care.data != nil || args.workspace.cin.data != nil else { return Phrase(lines) }
        let r = try result(ind, args)
        lines.append(.blank)
        if let why = r.notLoaded {
            lines.append(Phrase.Line(.plain, [.words("as at "), .date(r.window.to), .words(": no value: \(why)")]))
            return Phrase(lines)
        }
        lines.append(Phrase.Line(.plain, [.words("as at "), .date(r.window.to), .words(": "), .reading(r)]
            + (r.rag.map { [.words(" (\($0.rawValue))")] } ?? [])))
        if !r.children.isEmpty {
            lines.append(Phrase.Line(.plain, [.words("children counted ("), .count(r.children.count), .words("):")]))
            lines.append(Phrase.Line(.item, [.identifiers(r.children.sorted())]))
        }
        if !r.unknownAge.isEmpty {
            lines.append(Phrase.Line(.plain, [.words("left out, date of birth unknown ("), .count(r.unknownAge.count), .words("):")]))
            lines.append(Phrase.Line(.item, [.identifiers(r.unknownAge.sorted())]))
        }
        return Phrase(lines)
    }

    /// The targets and the bands they make, in the indicator's unit (catalogue figures, never suppressed).
    static func targetLines(_ ind: Indicator) -> [Phrase.Line] {
        let t = ind.thresholds
        func joined(_ named: [(String, [Phrase.Part])]) -> [Phrase.Part] {
            var out: [Phrase.Part] = []
            for (i, (name, parts)) in named.enumerated() { out += [.words((i == 0 ? "" : " · ") + name + " ")] + parts }
            return out
        }
        let targets: [(String, [Phrase.Part])]
        if ind.polarity == .withinLimits {
            func range(_ a: Double?, _ b: Double?) -> [Phrase.Part]? {
                guard let a, let b else { return nil }
                return [.target(a, ind.unit), .words(" to "), .target(b, ind.unit)]
            }
            targets = [("green", range(t.green, t.greenUpper)), ("amber", range(t.amber, t.amberUpper))]
                .compactMap { name, v in v.map { (name, $0) } }
        } else {
            targets = [("red", t.red), ("amber", t.amber), ("green", t.green)]
                .compactMap { name, v in v.map { (name, [.target($0, ind.unit)]) } }
        }
        let b = t.bands(ind.polarity) { NumberText.indicator($0, ind.unit) }
        let bands = [("green", b.green), ("amber", b.amber), ("red", b.red)]
            .compactMap { name, v in v.map { (name, [Phrase.Part.words($0)]) } }
        return [Phrase.Line(.field("targets"), joined(targets)), Phrase.Line(.field("bands"), joined(bands))]
    }

    /// Plans, projections and backtests carry their own method in words and the numbers behind them;
    /// nil for any other value (an indicator's result is explained by `explain "8.2"`, and reads as a record).
    static func explainMethod(_ v: Value) -> Phrase? {
        switch v {
        case let .plan(p):
            return Phrase([.words(p.description)] + p.summary.lines + [
                .words("rounding: " + Plan.roundingNote),
                .words("per child: the `children` field; by month: `monthly`; by year: `part_year`")])
        case .projection, .backtest:
            let r = v.fieldRecord!
            var blocks: [[Phrase.Line]] = []
            if case let .phrase(method)? = r["method"] { blocks.append(method.lines) }
            if case let .phrase(summary)? = r["summary"] { blocks.append(summary.lines) }
            if case let .table(rates)? = r["rates"] {
                blocks.append([Phrase.Line(.plain, [.words("every rate used is in the `rates` field ("),
                                                   .quantity(rates.rowCount, one: "row", many: "rows"),
                                                   .words(": \(rates.columnNames.joined(separator: ", ")))")])])
            }
            return Phrase(Array(blocks.joined(separator: [Phrase.Line.blank])))
        case .indicator, .number, .percent, .money, .date, .duration, .text, .phrase, .bool, .list, .table, .record, .chart, .missing:
            return nil
        }
    }

    static func explainCohort(_ name: String, _ text: String, _ t: Table, _ workspace: Workspace) -> Phrase {
        var lines: [Phrase.Line] = [.words("cohort \(name), defined as:"), .words(text.trimmingSpaces, .item)]
        var asAt: [Phrase.Part] = workspace.reportingDate.map { [.words("as at "), .date($0)] } ?? [.words("as at (no as-at date)")]
        asAt += [.words(": "), .count(t.rowCount, one: "row", many: "rows")]
        lines.append(Phrase.Line(.plain, asAt))
        if !t.origin.isEmpty { lines.append(.words("from: \(t.origin)")) }
        lines.append(.words("re-evaluated at whatever as-at date is in force; `\(name) at DATE` evaluates it at another"))
        return Phrase(lines)
    }
}

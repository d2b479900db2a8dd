/// Indicators, the scorecard, RAG/DOT on published series, and `explain`.
public enum CareIndicatorBuiltins {
    public static var all: [Builtin] { [indicator, scorecard, rag, explain] }

    static func catalogueIndicator(_ args: CallArguments, _ i: Int) throws -> Indicator {
        let (v, r) = try args.value(i, "id")
        let id: String
        switch v {
        case let .text(s): id = s
        case let .number(x): id = NumberText.brief(x)
        default: throw args.wrongKind(v, r, "an indicator id such as \"8.2\"")
        }
        switch args.workspace.care.catalogue.indicator(id) {
        case let .success(ind): return ind
        case var .failure(d): d.range = r; throw d
        }
    }

    static func result(_ ind: Indicator, _ args: CallArguments) throws -> IndicatorResult {
        let data = try careData(args), day = try indicatorDay(ind, args)
        let care = args.workspace.care
        let evaluated = IndicatorInputs.$current.withValue(inputs(args)) {
            care.catalogue.evaluate(id: ind.id, on: day, data: data, population: care.population)
        }
        switch evaluated {
        case let .success(r): return r
        case var .failure(d): d.range = args.range; throw d
        }
    }

    /// The CIN data, whether 903 data is loaded, and the bank holidays, for indicators counted from more than the 903.
    static func inputs(_ args: CallArguments) -> IndicatorInputs {
        IndicatorInputs(need: args.workspace.cin.data, careLoaded: args.workspace.care.data != nil,
                        holidays: args.workspace.bankHolidays)
    }

    /// The 903 data set, or an empty one when only CIN data is loaded (903 indicators then give no value);
    /// an error when neither is loaded.
    static func careData(_ args: CallArguments) throws -> CareDataSet {
        if let data = args.workspace.care.data { return data }
        guard args.workspace.cin.data != nil else { return try CareBuiltins.data(args) }
        return CareDataSet()
    }

    /// The day an indicator is read on: for a CIN indicator with no 903 data, the CIN data's as-at date.
    static func indicatorDay(_ ind: Indicator, _ args: CallArguments) throws -> Day {
        guard args.workspace.care.data == nil, let need = args.workspace.cin.data else { return try CareBuiltins.day(args, 1) }
        if let arg = args.optional(1, "on") {
            guard case let .date(d) = arg.value else { throw args.wrongKind(arg.value, arg.range, "a date") }
            return d
        }
        return try NeedBuiltins.reportingDate(args, need)
    }

    static let indicator = Builtin(
        "indicator", summary: "an indicator's value at the as-at date, with numerator and denominator",
        usage: "indicator(\"8.2\"[, on: DATE])", example: "indicator(\"8.2\").value") { args in
        let ind = try catalogueIndicator(args, 0), r = try result(ind, args)
        let care = args.workspace.care
        let data = try careData(args)
        let dot = IndicatorInputs.$current.withValue(inputs(args)) {
            care.catalogue.direction(ind, on: r.window.to, data: data, population: care.population)
        }
        return .indicator(IndicatorReading(result: r, direction: dot))
    }

    static let scorecard = Builtin(
        "scorecard", summary: "month-by-month indicators with year to date, RAG against targets and direction of travel",
        usage: "scorecard(from: DATE, to: DATE)", example: "scorecard(from: 2017-04-30, to: 2017-06-30)") { args in
        let data = try careData(args)
        let to = try args.optional(1, "to").map { _ in try args.date(1, "to") }
            ?? (try args.workspace.care.data == nil ? NeedBuiltins.reportingDate(args, NeedBuiltins.data(args)) : CareBuiltins.day(args, 99))
        let from = try args.optional(0, "from").map { _ in try args.date(0, "from") } ?? to.adding(months: -2).endOfMonth
        guard from <= to else { throw Diagnostic("`from:` is after `to:`", at: args.range) }
        try args.checkWithinData(from, "`from:`", at: args.optional(0, "from")?.range ?? args.range)
        try CareBuiltins.checkSpan(from: from, to: to, at: args.range)
        let care = args.workspace.care
        // The indicators whose data is loaded: a 903-only session's scorecard is the 903 one, a CIN-only session's the CIN one.
        let inputs = inputs(args)
        let shown = IndicatorCatalogue(indicators: care.catalogue.indicators.filter { ind in
            switch ind.source {
            case .care: inputs.careLoaded
            case .cin: inputs.need?.hasCensus == true
            case .contacts: inputs.need?.hasContacts == true
            }
        })
        var t = IndicatorInputs.$current.withValue(inputs) {
            shown.scorecard(from: from, to: to, data: data, population: care.population).table
        }
        let files = data.files + (args.workspace.cin.data?.files ?? [])
        t.origin = "scorecard \(from.iso) to \(to.iso) from \(files.joined(separator: ", "))"
        return .table(t)
    }

    static let rag = Builtin(
        "rag", summary: "RAG rating and direction of travel for a published monthly series (indicator, month, value)",
        usage: "rag(series)", example: "rag(scorecard_2017_06 select indicator, month, value)") { args in
        switch args.workspace.care.catalogue.rateSeries(try args.table(0)) {
        case let .success(t): return .table(t)
        case var .failure(d): d.range = args.positional.first?.range ?? args.range; throw d
        }
    }

    static let explain = Builtin(
        "explain", summary: "what an indicator, cohort or table is, in plain words, with the numbers behind it",
        usage: "explain \"8.2\" · explain COHORT", example: "explain \"8.2\"") { args in
        let (v, _) = try args.value(0)
        if case .text = v { return .text(try explainIndicator(try catalogueIndicator(args, 0), args)) }
        if let name = args.nameArgument(0), case let .cohort(_, text)? = args.environment.lookup(name), case let .table(t) = v {
            return .text(explainCohort(name, text, t, args.workspace))
        }
        if let text = explainMethod(v) { return .text(text) }
        if case let .table(t) = v {
            return .text("a table of \(t.rowCount) rows × \(t.columns.count) columns" + (t.origin.isEmpty ? "" : "\nfrom: \(t.origin)"))
        }
        return .text("\(v.kind.withArticle): \(v.brief)")
    }

    static func explainIndicator(_ ind: Indicator, _ args: CallArguments) throws -> String {
        var lines = ["\(ind.id) \(ind.name)", "", ind.definition, ""]
        lines.append("numerator:   \(ind.numerator)")
        if let d = ind.denominator { lines.append("denominator: \(d)") }
        lines.append("good when:   \(ind.polarity == .high ? "high" : ind.polarity == .low ? "low" : "for information")")
        if ind.thresholds.isSet {
            let t = ind.thresholds
            lines.append("targets:     " + [("red", t.red), ("amber", t.amber), ("green", t.green)].compactMap { name, v in
                v.map { "\(name) \(ind.unit.format($0))" } }.joined(separator: " · "))
            let b = t.bands(ind.polarity) { ind.unit.format($0) }
            lines.append("bands:       " + [("green", b.green), ("amber", b.amber), ("red", b.red)].compactMap { name, v in
                v.map { "\(name) \($0)" } }.joined(separator: " · "))
        }
        guard args.workspace.care.data != nil || args.workspace.cin.data != nil else { return lines.joined(separator: "\n") }
        let r = try result(ind, args)
        lines.append("")
        if let why = r.notLoaded {
            lines.append("as at \(r.window.to.iso): no value: \(why)")
            return lines.joined(separator: "\n")
        }
        lines.append("as at \(r.window.to.iso): \(r.text)" + (r.rag.map { " (\($0.rawValue))" } ?? ""))
        if !r.children.isEmpty {
            lines.append("children counted (\(r.children.count)):")
            lines += TextLayout.wrap(r.children.sorted(), separator: " ", width: 96).map { "  " + $0 }
        }
        if !r.unknownAge.isEmpty {
            lines.append("left out, date of birth unknown (\(r.unknownAge.count)):")
            lines += TextLayout.wrap(r.unknownAge.sorted(), separator: " ", width: 96).map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// Plans, projections and backtests carry their own method in words and the numbers behind them;
    /// nil for any other value (an indicator's result is explained by `explain "8.2"`, and reads as a record).
    static func explainMethod(_ v: Value) -> String? {
        switch v {
        case let .plan(p):
            return [p.description, p.summary, "rounding: " + Plan.roundingNote].joined(separator: "\n")
                + "\nper child: the `children` field; by month: `monthly`; by year: `part_year`"
        case .projection, .backtest:
            let r = v.fieldRecord!
            func text(_ name: String) -> String? { if case let .text(s)? = r[name] { s } else { nil } }
            var lines = [text("method"), text("summary")].compactMap { $0 }
            if case let .table(rates)? = r["rates"] {
                lines.append("every rate used is in the `rates` field (\(rates.rowCount) rows: \(rates.columnNames.joined(separator: ", ")))")
            }
            return lines.joined(separator: "\n\n")
        case .indicator, .number, .percent, .money, .date, .duration, .text, .bool, .list, .table, .record, .chart, .missing:
            return nil
        }
    }

    static func explainCohort(_ name: String, _ text: String, _ t: Table, _ workspace: Workspace) -> String {
        var lines = ["cohort \(name), defined as:", "  " + text.trimmingSpaces]
        lines.append("as at \(workspace.reportingDate?.iso ?? "(no as-at date)"): \(t.rowCount) \(t.rowCount == 1 ? "row" : "rows")")
        if !t.origin.isEmpty { lines.append("from: \(t.origin)") }
        lines.append("re-evaluated at whatever as-at date is in force; `\(name) at DATE` evaluates it at another")
        return lines.joined(separator: "\n")
    }

}

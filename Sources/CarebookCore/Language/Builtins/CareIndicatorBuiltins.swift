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
        let care = args.workspace.care, defined = DefinedIndicatorMeasure(args.evaluator)
        let evaluated = IndicatorInputs.$current.withValue(inputs(args)) {
            care.catalogue.evaluate(id: ind.id, on: day, data: data, population: care.population, defined: defined.measure)
        }
        switch evaluated {
        case let .success(r): try defined.check(); return r
        case var .failure(d): d.range = args.range; throw d
        }
    }

    /// The CIN data, whether 903 data is loaded, and the bank holidays, for indicators counted from more than the 903.
    static func inputs(_ args: CallArguments) -> IndicatorInputs {
        NeedBuiltins.warnMergeExclusions(args)
        return IndicatorInputs(need: args.workspace.cin.data, careLoaded: args.workspace.care.data != nil,
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
        let defined = DefinedIndicatorMeasure(args.evaluator)
        let dot = IndicatorInputs.$current.withValue(inputs(args)) {
            care.catalogue.direction(ind, on: r.window.to, data: data, population: care.population, defined: defined.measure)
        }
        try defined.check()
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
        if let given = args.optional(0, "from") {
            try args.checkWithinData(from, "`from:`", at: given.range)
        } else {
            // `from:` defaults to two month ends before `to:`: a `to:` before the data is named first.
            try args.checkWithinData(to, "`to:`", at: args.optional(1, "to")?.range ?? args.range)
            try args.checkWithinData(from, "the scorecard's first month end (two months before `to:`)", at: args.range)
        }
        try CareBuiltins.checkSpan(from: from, to: to, at: args.range)
        let care = args.workspace.care
        // Only indicators whose data is loaded get a row (`Scorecard`, through `IndicatorInputs.hasData`).
        let defined = DefinedIndicatorMeasure(args.evaluator)
        var t = IndicatorInputs.$current.withValue(inputs(args)) {
            care.catalogue.scorecard(from: from, to: to, data: data, population: care.population, defined: defined.measure).table
        }
        try defined.check()
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
}

extension Polarity {
    /// How `explain` says when the indicator is good.
    var goodWhen: String {
        switch self {
        case .high: "high"
        case .low: "low"
        case .info: "for information"
        case .withinLimits: "within limits"
        }
    }
}

extension Projection {
    /// One row per month end: month, expected children per group (to 0.1), total, and with unit costs the
    /// weekly cost of that month end's stock and the month's cost (that stock × days in the month ÷ 7), each rounded once.
    public func table(costs: UnitCosts) -> (table: Table, costNote: String?) {
        var columns = [Column(name: "month", storage: .dates(monthEnds.map { Int64($0.number) }))]
        let byGroup = stocks.indices.map(byGroup)
        for g in groupsUsed {
            columns.append(Column(name: model.groups[g], storage: .numbers(byGroup.map { Self.tenth($0[g]) }, percent: false)))
        }
        columns.append(Column(name: "total", storage: .numbers(stocks.indices.map { Self.tenth(total($0)) }, percent: false)))
        var note: String?
        if !costs.isEmpty {
            switch costColumns(costs) {
            case let .success(c): columns += c
            case let .failure(d): note = "costs not shown: " + d.message
            }
        }
        return (Table(columns: columns, rowCount: monthEnds.count, origin: "projection from \(model.start.iso)"), note)
    }

    private func costColumns(_ costs: UnitCosts) -> Result<[Column], Diagnostic> {
        var weekly: [Int64] = [], month: [Int64] = []
        var lookup = UnitCostLookup(costs)
        for k in monthEnds.indices {
            switch weeklyPence(k, &lookup) {
            case let .success(p):
                weekly.append(Int64(p.rounded(.toNearestOrEven)))
                let days = Double(monthEnds[k].components.day)
                month.append(k == 0 ? Column.missingInteger : Int64((p * days / 7).rounded(.toNearestOrEven)))
            case let .failure(d): return .failure(d)
            }
        }
        return .success([Column(name: "weekly_cost", storage: .money(weekly)), Column(name: "month_cost", storage: .money(month))])
    }

    /// The measured rates, one row per state with children or events: what `explain` shows.
    public var ratesTable: Table {
        let m = model
        let states = (0..<m.stateCount).filter {
            m.initial[$0] > 0 || m.meanStock[$0] > 0 || m.admissionCounts[$0] > 0 || m.leaverCounts[$0] > 0
        }
        var group = TextColumnBuilder(), band = TextColumnBuilder()
        for s in states {
            group.append(m.groups[s / StockFlowModel.bands])
            band.append(AgeBand.allCases[s % StockFlowModel.bands].label)
        }
        func numbers(_ name: String, _ f: (Int) -> Double, percent: Bool = false) -> Column {
            Column(name: name, storage: .numbers(states.map(f), percent: percent))
        }
        return Table(columns: [
            Column(name: CohortView.Field.placementGroup.column, storage: group.storage),
            Column(name: CohortView.Field.ageBand.column, storage: band.storage, levels: AgeBand.labels),
            numbers("start", { m.initial[$0] }),
            numbers("mean_stock", { Self.tenth(m.meanStock[$0]) }),
            numbers("admissions", { Double(m.admissionCounts[$0]) }),
            numbers("leavers", { Double(m.leaverCounts[$0]) }),
            numbers("moves_out", { Double(m.moveCounts[$0].reduce(0, +)) }),
            numbers("admissions_a_month", { (m.admissionRate($0) * 100).rounded() / 100 }),
            numbers("leaving_a_month", { m.leavingRate($0) }, percent: true),
            numbers("moving_a_month", { s in (0..<m.groups.count).reduce(0) { $0 + m.moveRate(s, to: $1) } }, percent: true),
            numbers("ageing_a_month", { StockFlowModel.ageingRate(band: $0 % StockFlowModel.bands) }, percent: true),
        ], rowCount: states.count, origin: "rates measured \(m.window.from.iso) to \(m.window.to.iso)")
    }

    /// The method in words, with the window and the scenario's changes.
    public var method: Phrase {
        var lines: [Phrase.Line] = [
            Phrase.Line(.plain, [.words("stock-flow model by placement group × age band, stepped month by month from "), .date(model.start)]),
            Phrase.Line(.plain, [.words("rates measured over "), .date(model.window.from), .words(" to "), .date(model.window.to),
                                 .words(" ("), .quantity(model.windowMonths, one: "month", many: "months"), .words("):")]),
            .words("admissions a month = admissions into the state in the window ÷ months", .item),
            .words("leaving a month = leavers from the state ÷ (mean month-end stock × months)", .item),
            .words("moving a month = moves to another group ÷ (mean month-end stock × months)", .item),
            .words("ageing a month = 1 ÷ (12 × years in the band): ages assumed spread evenly within a band", .item),
            .words("each month: leaving, moves and ageing apply to the opening stock; admissions are added; then any transfers dated in the month"),
            .words("counts are expected values, shown to 0.1; money is stock × weekly unit cost, rounded once a figure"),
        ]
        let changes = scenario.lines
        lines.append(changes.isEmpty ? .words("scenario: baseline (no changes)")
            : Phrase.Line(.plain, [.words("scenario: ")] + Array(changes.joined(separator: [.words("; ")]))))
        return Phrase(lines)
    }

    /// A record titled "projection": summary, months, rates and method.
    public func record(costs: UnitCosts) -> Record {
        let (t, note) = table(costs: costs)
        let last = monthEnds.count - 1
        var summary: [Phrase.Part] = [.number(Self.tenth(total(0))), .words(" on "), .date(monthEnds[0]), .words(" → "),
                                      .number(Self.tenth(total(last))), .words(" on "), .date(monthEnds[last])]
        if let note { summary.append(.words(" · " + note)) }
        return Record(title: "projection", fields: [
            ("summary", .phrase(Phrase(summary))), ("months", .table(t)), ("rates", .table(ratesTable)), ("method", .phrase(method)),
        ])
    }
}

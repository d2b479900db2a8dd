extension Plan {
    /// How each figure is rounded, printed with the plan.
    public static let roundingNote = "exact pence × success × weeks (days ÷ 7, move date counted), rounded once per figure, half to even"

    /// The plan's fields as the language reads them (`p.full_year`, `p.children`): a record titled "plan".
    public var record: Record {
        Record(title: "plan", fields: [
            ("summary", .phrase(summary)),
            ("description", .text(description)),
            ("children", .table(childrenTable)),
            ("count", .number(Double(moves.count))),
            ("expected_moves", .number(Self.hundredths(expectedMoves))),
            ("old_weekly", .money(oldWeekly)),
            ("new_weekly", .money(newWeekly)),
            ("weekly_saving", .money(weeklySaving)),
            ("expected_weekly_saving", .money(expectedWeeklySaving)),
            ("full_year", .money(fullYear)),
            ("part_year", .table(partYearTable)),
            ("monthly", .table(monthlyTable)),
            ("overlaps", .list(overlaps.map { .text($0) })),
            ("weeks_per_year", .number(weeksPerYear)),
            ("rounding", .text(Self.roundingNote)),
        ])
    }

    /// An expected count of children to two decimals (36, not 36.00000000000001).
    static func hundredths(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    /// One line: expected moves, weekly and full-year saving, and each year's part-year effect.
    public var summary: Phrase {
        var parts: [Phrase.Part] = [.words("expected moves "), .number(Self.hundredths(expectedMoves)), .words(" of "),
                                    .count(moves.count, one: "child", many: "children"),
                                    .words(" · weekly saving "), .money(expectedWeeklySaving), .words(" · full-year "), .money(fullYear)]
        for year in financialYears { parts += [.words(" · part-year \(year) "), .money(partYear(year))] }
        if !overlaps.isEmpty { parts += [.words(" · "), .count(overlaps.count), .words(" in more than one plan, counted once")] }
        return Phrase(parts)
    }

    /// One row per child: child, from_group, to_group, move_date, old_weekly, new_weekly, weekly_saving, success.
    public var childrenTable: Table {
        var child = TextColumnBuilder(), from = TextColumnBuilder(), to = TextColumnBuilder()
        for m in moves { child.append(m.child); from.append(m.fromGroup); to.append(m.toGroup) }
        return Table(columns: [
            Column(name: CohortView.Field.child.column, storage: child.storage, identifier: true),
            Column(name: "from_group", storage: from.storage),
            Column(name: "to_group", storage: to.storage),
            Column(name: "move_date", storage: .dates(moves.map { Int64($0.date.number) })),
            Column(name: "old_weekly", storage: .money(moves.map(\.oldWeekly.pence))),
            Column(name: "new_weekly", storage: .money(moves.map(\.newWeekly.pence))),
            Column(name: "weekly_saving", storage: .money(moves.map(\.weeklySaving.pence))),
            Column(name: "success", storage: .numbers(moves.map(\.success), percent: true)),
        ], rowCount: moves.count, origin: "plan: \(description)")
    }

    /// One row per financial year touched: expected moves, part-year effect of that year's moves, all saving in the year.
    public var partYearTable: Table {
        let years = financialYears
        var names = TextColumnBuilder()
        for y in years { names.append(y.description) }
        return Table(columns: [
            Column(name: "financial_year", storage: names.storage),
            Column(name: "moves", storage: .numbers(years.map { Self.hundredths(expectedMoves(from: $0.range.from, to: $0.range.to)) }, percent: false)),
            Column(name: "part_year", storage: .money(years.map { partYear($0).pence })),
            Column(name: "in_year", storage: .money(years.map { saving(from: $0.range.from, to: $0.range.to).pence })),
        ], rowCount: years.count, origin: "part-year effects: \(description)")
    }

    /// One row per month from the first move to the end of the last move's financial year.
    public var monthlyTable: Table {
        guard let first = moves.map(\.date).min(), let last = financialYears.last else { return monthly([]) }
        return monthly(DayRange(from: first, to: last.range.to).monthEnds)
    }

    private func monthly(_ ends: [Day]) -> Table {
        let starts = ends.map(\.startOfMonth)
        let first = starts.first ?? Day(number: 0)
        return Table(columns: [
            Column(name: "month", storage: .dates(ends.map { Int64($0.number) })),
            Column(name: "moved", storage: .numbers(ends.map { Self.hundredths(expectedMoves(from: first, to: $0)) }, percent: false)),
            Column(name: "weekly_saving", storage: .money(ends.map { weeklySavingInPlace(on: $0).pence })),
            Column(name: "saving", storage: .money(zip(starts, ends).map { saving(from: $0, to: $1).pence })),
            Column(name: "cumulative", storage: .money(ends.map { saving(from: first, to: $0).pence })),
        ], rowCount: ends.count, origin: "monthly savings: \(description)")
    }
}

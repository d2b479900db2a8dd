import XCTest
@testable import CarebookCore

/// The seeds' published tables in `Datasets/published/`: each loads with the expected column types,
/// and every total the source prints re-adds from its lines (money as exact pence, never `Double`).
final class PublishedDataTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets")

    // MARK: - Column types

    func testEveryFileLoadsWithTheExpectedColumnTypes() throws {
        var ledgerFigures: [(String, ColumnType)] = []
        for m in ["investment", "gross_reduction", "net", "lac_reduction"] {
            for f in ["target", "forecast", "variance"] { ledgerFigures.append(("\(m)_\(f)", .number)) }
        }
        let expected: [(String, [(String, ColumnType)])] = [
            ("lac-monthly.csv", [("month_end", .date), ("lac", .number), ("rerun_lac", .number), ("source", .text)]),
            ("unit-costs-2016.csv", [("placement", .text), ("weekly_cost", .money), ("benchmark_average", .money),
                                     ("source", .text)]),
            ("initiative-ledger-2017-18.csv", [("line", .text), ("initiative", .text), ("kind", .text)] + ledgerFigures
                + [("notes", .text), ("source", .text)]),
            ("net-reduction-plan.csv", [("financial_year", .text), ("year_start", .date), ("start_lac", .number),
                                        ("growth", .number), ("prevention", .number), ("net_reduction", .number),
                                        ("year_end", .date), ("year_end_lac", .number), ("derived", .text), ("source", .text)]),
            ("projected-placements-2019-20.csv", [("month", .date), ("placement_type", .text), ("count", .number),
                                                  ("kind", .text), ("source", .text)]),
            ("scorecard-2017-06.csv", [("indicator", .text), ("name", .text), ("polarity", .text), ("unit", .text),
                                       ("basis", .text), ("month", .date), ("value", .number), ("numerator", .number),
                                       ("denominator", .number), ("red", .number), ("amber", .number), ("green", .number),
                                       ("tolerances_as_printed", .text), ("published_dot", .text), ("source", .text)]),
            ("scorecard-2017-06-annual.csv", [("indicator", .text), ("unit", .text), ("measure", .text), ("period", .text),
                                              ("value", .number), ("detail_value", .number), ("numerator", .number),
                                              ("denominator", .number), ("source", .text)]),
        ]
        for (file, columns) in expected {
            let t = try load(file)
            XCTAssertEqual(t.columnNames, columns.map(\.0), file)
            XCTAssertEqual(t.columns.map(\.type), columns.map(\.1), file)
            XCTAssertGreaterThan(t.rowCount, 0, file)
            let sources = t.column(named: "source")!
            XCTAssertTrue((0..<t.rowCount).allSatisfy { !sources.isMissing($0) }, "\(file): every row names its source")
        }
    }

    // MARK: - Monthly LAC and unit costs

    func testLACMonthlyAgreesWithTheOtherTables() throws {
        let lac = try records(load("lac-monthly.csv"))
        let ends = lac.compactMap { day($0["month_end"]) }
        XCTAssertEqual(ends.count, 18)
        XCTAssertEqual(ends, ends.sorted())
        XCTAssertTrue(ends.allSatisfy { $0 == $0.endOfMonth }, "month ends only")
        func row(_ iso: String) -> [String: Value] { lac.first { day($0["month_end"])?.iso == iso }! }
        // Re-runs of a month differ by a few children (17 at most: Jan 2018's two counts, 590 and 607).
        for r in lac { if let again = num(r["rerun_lac"]) { XCTAssertLessThanOrEqual(abs(again - num(r["lac"])!), 17) } }
        // The scorecard's 6.1 for Jan–Jun 2017 is one of the two figures of each month.
        let card = try scorecard()
        for (month, r) in card["6.1"]! {
            let m = row(month)
            XCTAssertTrue([num(m["lac"]), num(m["rerun_lac"])].contains(num(r["value"])), month)
        }
        XCTAssertEqual(num(row("2017-03-31")["lac"]), 487, "001's baseline on 1 Apr 2017")
        let april2019 = try records(load("projected-placements-2019-20.csv"))
            .first { txt($0["kind"]) == "total" && day($0["month"])?.iso == "2019-04-30" }
        XCTAssertEqual(num(row("2019-04-30")["lac"]), num(april2019?["count"]))
    }

    func testUnitCostsAreExactPence() throws {
        let costs = try records(load("unit-costs-2016.csv"))
        func cost(_ placement: String, _ column: String) -> Money? {
            guard case let .money(m)? = costs.first(where: { txt($0["placement"]) == placement })?[column] else { return nil }
            return m
        }
        XCTAssertEqual(cost("In-house fostering", "weekly_cost"), Money(pounds: 525))
        XCTAssertEqual(cost("Agency fostering (IFA)", "weekly_cost"), Money(pounds: 901))
        XCTAssertEqual(cost("External children's home", "weekly_cost"), Money(pounds: 3_712))
        XCTAssertEqual(cost("Overall", "weekly_cost"), Money(pounds: 1_019))
        XCTAssertNil(cost("LA children's home", "weekly_cost"), "the borough has no LA homes")
        XCTAssertEqual(cost("LA children's home", "benchmark_average"), Money(pounds: 3_049))
        XCTAssertEqual(cost("External children's home", "benchmark_average"), Money(pounds: 3_571))
        XCTAssertEqual(cost("In-house fostering", "benchmark_average"), Money(pounds: 477))
        XCTAssertEqual(cost("Agency fostering (IFA)", "benchmark_average"), Money(pounds: 879))
        XCTAssertEqual(cost("Overall", "benchmark_average"), Money(pounds: 925))
    }

    // MARK: - Initiative ledger and net-reduction plan

    func testLedgerLinesReAddToThePrintedTotals() throws {
        let rows = try records(load("initiative-ledger-2017-18.csv"))
        let lines = rows.filter { txt($0["kind"]) == "line" }
        let total = try XCTUnwrap(rows.first { txt($0["kind"]) == "total" })
        XCTAssertEqual(lines.compactMap { txt($0["line"]) }, ["1A", "1B", "2", "3", "5", "6", "7", "8", "9", "10"])
        for m in ["investment", "gross_reduction"] {
            for f in ["target", "forecast", "variance"] {
                let column = "\(m)_\(f)"
                XCTAssertEqual(pence(lines.map { millions($0[column]) ?? .zero }), millions(total[column]), column)
            }
        }
        XCTAssertEqual(millions(total["investment_target"]), Money(pence: 409_600_000), "£4.096m")
        XCTAssertEqual(millions(total["investment_forecast"]), Money(pence: 386_000_000), "£3.860m")
        XCTAssertEqual(millions(total["gross_reduction_target"]), Money(pence: -227_600_000), "(£2.276m)")
        XCTAssertEqual(millions(total["gross_reduction_forecast"]), Money(pence: -226_100_000), "(£2.261m)")
        // Net per line is investment + reduction, printed or not (1B prints no net); the lines' nets add to the total.
        for f in ["target", "forecast"] {
            let nets = lines.map { millions($0["investment_\(f)"])!.adding(millions($0["gross_reduction_\(f)"]) ?? .zero)! }
            XCTAssertEqual(pence(nets), millions(total["net_\(f)"]), f)
        }
        XCTAssertEqual(millions(total["net_target"]), Money(pence: 182_000_000), "£1.820m")
        XCTAssertEqual(millions(total["net_forecast"]), Money(pence: 159_900_000), "£1.599m")
        for f in ["target", "forecast", "variance"] {
            XCTAssertEqual(lines.compactMap { num($0["lac_reduction_\(f)"]) }.reduce(0, +), num(total["lac_reduction_\(f)"]), f)
        }
        XCTAssertEqual(num(total["lac_reduction_target"]), 52)
        XCTAssertEqual(num(total["lac_reduction_forecast"]), 60)
    }

    func testLedgerNetIsInvestmentPlusReductionAndVariancesAreForecastLessTarget() throws {
        let rows = try records(load("initiative-ledger-2017-18.csv"))
        for r in rows {
            let line = txt(r["line"]) ?? "?"
            for f in ["target", "forecast"] {
                guard let net = millions(r["net_\(f)"]) else { continue }
                XCTAssertEqual(millions(r["investment_\(f)"])!.adding(millions(r["gross_reduction_\(f)"])!), net, "\(line) \(f)")
            }
            // Money: forecast − target, negative favourable. LAC reductions: target − forecast (more is favourable).
            for m in ["investment", "gross_reduction", "net"] {
                guard let variance = millions(r["\(m)_variance"]) else { continue }
                XCTAssertEqual(millions(r["\(m)_forecast"])!.subtracting(millions(r["\(m)_target"])!), variance, "\(line) \(m)")
            }
            if let variance = num(r["lac_reduction_variance"]) {
                XCTAssertEqual(num(r["lac_reduction_target"])! - num(r["lac_reduction_forecast"])!, variance, line)
            }
        }
        let foster = try XCTUnwrap(rows.first { txt($0["line"]) == "1A" })
        XCTAssertEqual(millions(foster["net_target"]), Money(pence: -9_800_000), "1.276 + (1.374) = (0.098)")
    }

    func testNetReductionPlanReachesFourHundredAndTwentySix() throws {
        let plan = try records(load("net-reduction-plan.csv"))
        XCTAssertEqual(plan.compactMap { txt($0["financial_year"]) }, ["2017/18", "2018/19", "2019/20", "2020/21"])
        let reductions = plan.compactMap { num($0["net_reduction"]) }
        XCTAssertEqual(reductions, [4, 13, 22, 22])
        XCTAssertEqual(reductions.reduce(0, +), 61)
        XCTAssertEqual(num(plan.first?["start_lac"]), 487)
        XCTAssertEqual(num(plan.last?["year_end_lac"]), 487 - 61)
        XCTAssertEqual(num(plan.last?["year_end_lac"]), 426)
        XCTAssertEqual(day(plan.last?["year_end"])?.iso, "2021-03-31")
        XCTAssertEqual(num(plan.first?["year_end_lac"]), 483, "the 2017/18 year-end target")
        for (i, r) in plan.enumerated() {
            XCTAssertEqual(num(r["prevention"])! - num(r["growth"])!, num(r["net_reduction"]))
            XCTAssertEqual(num(r["start_lac"])! - num(r["net_reduction"])!, num(r["year_end_lac"]))
            if i > 0 { XCTAssertEqual(num(r["start_lac"]), num(plan[i - 1]["year_end_lac"])) }
        }
        let ledger = try records(load("initiative-ledger-2017-18.csv"))
        XCTAssertEqual(num(ledger.first { txt($0["kind"]) == "total" }?["lac_reduction_target"]), num(plan[0]["prevention"]))
    }

    // MARK: - Projected placements 2019/20

    func testProjectedPlacementsReAddToEachMonthsTotal() throws {
        let rows = try records(load("projected-placements-2019-20.csv"))
        let months = Array(Set(rows.compactMap { day($0["month"]) })).sorted()
        XCTAssertEqual(months.map(\.iso).first, "2019-04-30")
        XCTAssertEqual(months.map(\.iso).last, "2020-03-31")
        XCTAssertEqual(months.count, 12)
        XCTAssertTrue(months.allSatisfy { $0 == $0.endOfMonth })
        var totals: [Double] = []
        for month in months {
            let here = rows.filter { day($0["month"]) == month }
            let lines = here.filter { txt($0["kind"]) == "line" }
            let total = here.filter { txt($0["kind"]) == "total" }
            XCTAssertEqual(lines.count, 10, month.iso)
            XCTAssertEqual(total.count, 1, month.iso)
            XCTAssertEqual(lines.compactMap { num($0["count"]) }.reduce(0, +), num(total.first?["count"]), month.iso)
            totals.append(num(total.first?["count"]) ?? 0)
        }
        XCTAssertEqual(totals, [652, 650, 648, 638, 634, 630, 624, 620, 616, 608, 606, 600])
        let block = rows.filter { txt($0["placement_type"]) == "Block Residential Contracts" }.compactMap { num($0["count"]) }
        XCTAssertEqual(block, Array(repeating: 8, count: 6) + Array(repeating: 16, count: 6), "16 from October")
    }

    // MARK: - June 2017 scorecard

    func testScorecardCountsReproduceThePrintedPercentages() throws {
        let card = try scorecard()
        XCTAssertEqual(card.count, 37, "every indicator of the scorecard, 6.1 to 11.4")
        XCTAssertEqual(card.values.map(\.count).reduce(0, +), 200)
        var checked = 0
        for (id, months) in card {
            for (month, r) in months {
                guard let n = num(r["numerator"]), let d = num(r["denominator"]) else { continue }
                XCTAssertEqual(tenths(Int(n), of: Int(d)), printedTenths(num(r["value"])!), "\(id) \(month)")
                checked += 1
            }
        }
        XCTAssertEqual(checked, 52)
        XCTAssertEqual(card["8.2"]?["2017-06-30"].flatMap { num($0["numerator"]) }, 63, "63 of 522 = 12.1%")
        XCTAssertEqual(card["8.1"]?["2017-06-30"].flatMap { num($0["denominator"]) }, 145, "90 of 145 = 62.1%")
        XCTAssertEqual(card["8.5"]?["2017-06-30"].flatMap { num($0["numerator"]) }, 243, "243 of 522 = 46.6%")
        for (id, periods) in try annual() {
            for (key, r) in periods {
                guard let n = num(r["numerator"]), let d = num(r["denominator"]) else { continue }
                XCTAssertEqual(tenths(Int(n), of: Int(d)), printedTenths(num(r["detail_value"])!), "\(id) \(key)")
            }
        }
    }

    func testScorecardRatesAndSharesFollowFromTheLACCount() throws {
        let card = try scorecard()
        let lac = card["6.1"]!
        XCTAssertEqual(lac.count, 6)
        for (month, r) in lac {
            let children = Int(num(r["value"])!)
            // 6.2 per 10,000 of the 0–17 population, 56,356.
            XCTAssertEqual((children * 100_000 * 2 + 56_356) / (2 * 56_356), printedTenths(value(card, "6.2", month)!), month)
            // 8.2 and 8.5 are shares of all LAC that month.
            XCTAssertEqual(card["8.2"]?[month].flatMap { num($0["denominator"]) }, Double(children), month)
            if let d = card["8.5"]?[month].flatMap({ num($0["denominator"]) }) { XCTAssertEqual(d, Double(children), month) }
            // 9.2 is 9.1 over 6.1 where printed.
            if let fostered = value(card, "9.1", month) {
                XCTAssertEqual(tenths(Int(fostered), of: children), printedTenths(value(card, "9.2", month)!), month)
            }
        }
        // Para 3.1.1: 488 at March, 73 admissions and 39 leavers since, 522 at June.
        let year = try annual()
        let admitted = num(year["6.3"]?["ytd 2017/18"]?["value"]), left = num(year["6.4"]?["ytd 2017/18"]?["value"])
        XCTAssertEqual(value(card, "6.1", "2017-03-31")! + admitted! - left!, value(card, "6.1", "2017-06-30"))
    }

    func testScorecardYearToDateReAddsFromTheMonths() throws {
        let card = try scorecard(), year = try annual()
        let quarter = ["2017-04-30", "2017-05-31", "2017-06-30"]
        func ytd(_ id: String) -> Double? { num(year[id]?["ytd 2017/18"]?["value"]) }
        for id in ["6.3", "6.4", "9.4", "9.5", "10.1", "10.2"] {
            XCTAssertEqual(quarter.compactMap { value(card, id, $0) }.reduce(0, +), ytd(id), id)
        }
        // In-month percentages of that month's leavers give whole children, which re-add to the YTD share.
        let leavers = quarter.map { Int(value(card, "6.4", $0)!) }
        for id in ["6.5", "6.6", "6.8"] {
            let children = zip(quarter, leavers).map { Int((value(card, id, $0.0)! * Double($0.1) / 100).rounded()) }
            XCTAssertEqual(tenths(children.reduce(0, +), of: leavers.reduce(0, +)), printedTenths(ytd(id)!), id)
            if id == "6.8" { XCTAssertEqual(children.map { Double($0) }, quarter.compactMap { value(card, "10.1", $0) }) }
        }
        let ihaDone = quarter.compactMap { card["6.11"]?[$0].flatMap { num($0["numerator"]) } }.reduce(0, +)
        let ihaDue = quarter.compactMap { card["6.11"]?[$0].flatMap { num($0["denominator"]) } }.reduce(0, +)
        XCTAssertEqual(tenths(Int(ihaDone), of: Int(ihaDue)), printedTenths(ytd("6.11")!), "14 of 48 = 29.2%")
        XCTAssertEqual(tenths(Int(ytd("10.2")!), of: Int(ytd("10.1")!)), printedTenths(ytd("10.3")!), "2 of 5 = 40.0%")
    }

    func testScorecardDirectionOfTravelFollowsPolarity() throws {
        let card = try scorecard()
        for (id, months) in card {
            let june = months["2017-06-30"]!, may = months["2017-05-31"]!
            let polarity = Polarity(rawValue: txt(june["polarity"])!) ?? .info
            let read = DirectionOfTravel.read(previous: num(may["value"]), current: num(june["value"]), polarity: polarity)
            XCTAssertEqual(read?.symbol, txt(june["published_dot"]), id)
            XCTAssertTrue(months.filter { $0.key != "2017-06-30" }.allSatisfy { $0.value["published_dot"]?.isMissingValue ?? true })
        }
    }

    func testScorecardTargetsMatchTheReferenceTargets() throws {
        let card = try scorecard()
        let url = Self.folder.appendingPathComponent("reference/indicator-targets.csv")
        // Read as written: `6.10` typed as a number would be 6.1; `511` (days) is no percentage.
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        XCTAssertEqual(lines.count, 13)
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let id = fields[0]
            let june = try XCTUnwrap(card[id]?["2017-06-30"], id)
            for (i, band) in ["red", "amber", "green"].enumerated() {
                let written = fields[i + 1]
                guard !written.isEmpty else { XCTAssertNil(num(june[band]), "\(id) \(band)"); continue }
                // Percentages in tenths of a point (`33%` → 330), days in tenths of a day (`511` → 5110).
                let tenths = Int((Double(written.hasSuffix("%") ? String(written.dropLast()) : written)! * 10).rounded())
                XCTAssertEqual(printedTenths(num(june[band])!), tenths, "\(id) \(band)")
            }
        }
    }

    func testAnnualFiguresDifferBetweenTablesOnlyWhereTheSourceDoes() throws {
        var differing: Set<String> = []
        for (id, periods) in try annual() {
            for (key, r) in periods {
                guard let a = num(r["value"]), let b = num(r["detail_value"]) else { continue }
                if a != b { differing.insert("\(id) \(key)") }
            }
        }
        XCTAssertEqual(differing, ["6.10 outturn 2015/16", "6.12 outturn 2014/15", "6.13 outturn 2014/15",
                                   "6.15 outturn 2014/15", "6.16 outturn 2014/15", "7.2 outturn 2015/16",
                                   "8.2 outturn 2015/16", "10.3 outturn 2014/15"])
        let adoptions = try annual()
        // 10.3 for 2014/15: 16 of 43 adoptions in time is 37.2%, the scorecard's figure (the detail page prints 37.0%).
        XCTAssertEqual(tenths(Int(num(adoptions["10.2"]!["outturn 2014/15"]!["value"])!),
                              of: Int(num(adoptions["10.1"]!["outturn 2014/15"]!["value"])!)), 372)
    }

    // MARK: - Helpers

    private func load(_ file: String) throws -> Table {
        let path = Self.folder.appendingPathComponent("published/\(file)").path
        let loaded = try CSVReader.read(path: path).get()
        XCTAssertEqual(loaded.skippedCount, 0, "\(file): \(loaded.skipped)")
        return loaded.table
    }

    private func records(_ t: Table) -> [[String: Value]] {
        (0..<t.rowCount).map { row in Dictionary(uniqueKeysWithValues: t.columns.map { ($0.name, $0[row]) }) }
    }

    /// The first field of each data line as written (indicator ids such as `6.10`), straight from the
    /// file's text, so these checks do not depend on how the reader types the column.
    private func writtenIDs(_ file: String) throws -> [String] {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("published/\(file)"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
    }

    /// Scorecard rows by indicator id as written, then ISO month end.
    private func scorecard() throws -> [String: [String: [String: Value]]] {
        let rows = try records(load("scorecard-2017-06.csv")), ids = try writtenIDs("scorecard-2017-06.csv")
        XCTAssertEqual(rows.count, ids.count)
        var out: [String: [String: [String: Value]]] = [:]
        for (id, r) in zip(ids, rows) { out[id, default: [:]][day(r["month"])!.iso] = r }
        return out
    }

    /// Annual rows by indicator id as written, then "measure period" (`ytd 2017/18`, `outturn 2014/15`).
    private func annual() throws -> [String: [String: [String: Value]]] {
        let rows = try records(load("scorecard-2017-06-annual.csv")), ids = try writtenIDs("scorecard-2017-06-annual.csv")
        var out: [String: [String: [String: Value]]] = [:]
        for (id, r) in zip(ids, rows) { out[id, default: [:]]["\(txt(r["measure"])!) \(txt(r["period"])!)"] = r }
        return out
    }

    private func value(_ card: [String: [String: [String: Value]]], _ id: String, _ month: String) -> Double? {
        card[id]?[month].flatMap { num($0["value"]) }
    }

    /// `n` of `d` as a percentage in tenths, rounded half up as the scorecard prints it (63 of 522 → 121).
    private func tenths(_ n: Int, of d: Int) -> Int { (n * 1000 * 2 + d) / (2 * d) }

    private func printedTenths(_ x: Double) -> Int { Int((x * 10).rounded()) }

    /// An amount printed in £m to three decimals (whole thousands of pounds) as exact pence; nil when blank.
    private func millions(_ v: Value?, file: StaticString = #filePath, line: UInt = #line) -> Money? {
        guard let x = num(v) else { return nil }
        let thousands = (x * 1000).rounded()
        XCTAssertEqual(x * 1000, thousands, accuracy: 1e-6, "more than three decimals of £m", file: file, line: line)
        return Money(pence: Int64(thousands) * 100_000)
    }

    private func pence(_ amounts: [Money]) -> Money { amounts.reduce(.zero) { $0.adding($1)! } }

    private func num(_ v: Value?) -> Double? { if case let .number(x)? = v { x } else { nil } }
    private func txt(_ v: Value?) -> String? { if case let .text(s)? = v { s } else { nil } }
    private func day(_ v: Value?) -> Day? { if case let .date(d)? = v { d } else { nil } }
}

private extension Value {
    var isMissingValue: Bool { if case .missing = self { true } else { false } }
}

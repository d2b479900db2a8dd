import XCTest
@testable import CarebookCore

/// Ledgers and the net-reduction plan reproduce the seeds' printed arithmetic (001).
final class MoneyLedgerTests: XCTestCase {
    static let published = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets/published")

    func load(_ name: String) throws -> Table {
        let bytes = try [UInt8](Data(contentsOf: Self.published.appendingPathComponent(name)))
        return try CSVReader.parse(bytes: bytes, name: name).get().table
    }

    func m(_ millions: String) -> Money {
        let negative = millions.hasPrefix("-")
        let digits = millions.filter(\.isNumber)
        return Money(pence: (negative ? -1 : 1) * Int64(digits)! * 100_000)
    }

    func testPublishedLedgerReproducesItsSummaryLine() throws {
        let ledger = try Ledger(table: try load("initiative-ledger-2017-18.csv"))
        XCTAssertEqual(ledger.lines.count, 10, "the printed total row is recomputed, not read")
        XCTAssertEqual(ledger.investment, .init(target: m("4.096"), forecast: m("3.860")))
        XCTAssertEqual(ledger.grossReduction, .init(target: m("-2.276"), forecast: m("-2.261")))
        XCTAssertEqual(ledger.net, .init(target: m("1.820"), forecast: m("1.599")))
        XCTAssertEqual(ledger.lacReduction, .init(target: 52, forecast: 60))
        let first = ledger.lines[0]
        XCTAssertEqual(first.net.target, m("-0.098"), "1.276 + (1.374) = (0.098)")
        XCTAssertEqual(first.net.target.formatted(Ledger.moneyStyle(millions: true)), "(£0.098m)")
        XCTAssertEqual(ledger.net.target.formatted(Ledger.moneyStyle(millions: true)), "£1.820m")
    }

    /// 001's summary: investment 4.096 / 3.860 (variance −0.236, favourable), gross (2.276) / (2.261) (+0.015,
    /// adverse), net 1.820 / 1.599 (−0.221, favourable); LAC 52 / 60 (+8, favourable: more children's care ended).
    func testSummaryIsTypedMoneyWithSignedVariances() throws {
        let ledger = try Ledger(table: try load("initiative-ledger-2017-18.csv"))
        let t = ledger.summaryTable(millions: true)
        XCTAssertEqual(t.columnNames, ["measure", "target", "forecast", "variance", "verdict"])
        let rows = (0..<t.rowCount).map { r in (0..<t.columns.count).map { t[r, $0] } }
        func money(_ v: Value) -> Money? { if case let .money(m) = v { m } else { nil } }
        func text(_ v: Value) -> String? { if case let .text(s) = v { s } else { nil } }
        XCTAssertEqual(rows.map { text($0[0]) }, ["Investment", "Cost reduction (gross)", "Net investment/saving"])
        XCTAssertEqual(rows.map { money($0[1]) }, [m("4.096"), m("-2.276"), m("1.820")])
        XCTAssertEqual(rows.map { money($0[2]) }, [m("3.860"), m("-2.261"), m("1.599")])
        XCTAssertEqual(rows.map { money($0[3]) }, [m("-0.236"), m("0.015"), m("-0.221")])
        XCTAssertEqual(rows.map { text($0[4]) }, ["favourable", "adverse", "favourable"])
        XCTAssertEqual(t.moneyStyle.map { m("-0.236").formatted($0) }, "(£0.236m)")
        let record = ledger.record(millions: true)
        guard case let .number(variance)? = record["lac_variance"], case let .text(verdict)? = record["lac_verdict"] else {
            return XCTFail("no LAC variance")
        }
        XCTAssertEqual(variance, 8)
        XCTAssertEqual(verdict, "favourable")
        // The lines' money is money whichever way it is shown.
        XCTAssertEqual(ledger.linesTable(millions: true).column(named: "net_target")?.type, .money)
        XCTAssertEqual(ledger.linesTable(millions: false).column(named: "net_target")?.type, .money)
    }

    func testLedgerVerdictsFollowPolarity() {
        XCTAssertEqual(Ledger.verdict(money: Money(pounds: -1)), .favourable)
        XCTAssertEqual(Ledger.verdict(money: Money(pounds: 1)), .adverse)
        XCTAssertEqual(Ledger.verdict(money: .zero), .onTarget)
        XCTAssertEqual(Ledger.verdict(reduction: 8), .favourable)
        XCTAssertEqual(Ledger.verdict(reduction: -12), .adverse)
    }

    /// 001: baseline 487, growth 48 a year, prevention 52 in 2017/18; net reductions 4, 13, 22, 22; 487 − 61 = 426.
    func testNetReductionPlanReproduces426() throws {
        let plan = NetReductionPlan(baseline: 487, firstYear: FinancialYear(2017), growth: [48, 48, 48, 48],
                                    prevention: [52, 61, 70, 70])
        XCTAssertEqual(plan.netReductions, [4, 13, 22, 22])
        XCTAssertEqual(plan.totalReduction, 61)
        XCTAssertEqual(plan.end, 426)
        let ends = plan.table.column(named: "end_lac")!
        XCTAssertEqual((0..<4).map { ends[$0].brief }, ["483", "470", "448", "426"])
        let published = try load("net-reduction-plan.csv")
        let lastEnd = published.column(named: "year_end_lac")!
        XCTAssertEqual(lastEnd[3].brief, "426")
    }
}

/// Cell text as a table shows it, without depending on the renderer.
enum ValueText {
    static func cell(_ v: Value) -> String {
        if case let .text(s) = v { return s }
        return v.brief
    }
}

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
        XCTAssertEqual(Ledger.millions(first.net.target), "(0.098)")
        XCTAssertEqual(Ledger.millions(ledger.net.target), "1.820")
    }

    func testSummaryPrintsVariancesInTheSeedsStyle() throws {
        let ledger = try Ledger(table: try load("initiative-ledger-2017-18.csv"))
        let t = ledger.summaryTable(millions: true)
        let rows = (0..<t.rowCount).map { r in (0..<t.columns.count).map { ValueText.cell(t[r, $0]) } }
        XCTAssertEqual(rows, [
            ["Investment (£m)", "4.096", "3.860", "(0.236)", "favourable"],
            ["Cost reduction (gross) (£m)", "(2.276)", "(2.261)", "0.015", "adverse"],
            ["Net investment/saving (£m)", "1.820", "1.599", "(0.221)", "favourable"],
            ["LAC reduction", "52", "60", "(8)", "favourable"],
        ])
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

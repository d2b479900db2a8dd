import XCTest
@testable import CarebookCore

/// A borough-sized synthetic 903 set (about 2,000 children, 7,000 episodes, 7 years) built and scored end to end.
///
/// No timing assertions: the test checks the work completes and the figures hang together.
final class CarePerformanceTests: XCTestCase {
    /// A deterministic generator: a linear congruential sequence, so every run makes the same data.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static func borough(children: Int) -> (header: Table, episodes: Table) {
        var g = Generator(state: 42)
        var h: [[String?]] = Array(repeating: [], count: 4)
        var e: [[String?]] = Array(repeating: [], count: 9)
        let places = ["U4 PR1", "U6 PR4", "U1 PR1", "K2 PR4", "R1 PR1", "A4 PR1", "P1 PR0", "H5 PR4", "S1 PR5"]
        let start = Day(year: 2013, month: 4, day: 1)!
        for c in 0..<children {
            let id = String(100_000 + c)
            var day = start.adding(days: g.next(2_400))
            let dob = day.adding(days: -g.next(17 * 365))
            for (i, v) in [id, String(1 + g.next(2)), dob.uk, "WBRI"].enumerated() { h[i].append(v) }
            var rne = "S"
            let count = 2 + g.next(6)
            for k in 0..<count {
                let end = day.adding(days: 20 + g.next(300))
                let last = k == count - 1 || (k > 0 && g.next(5) == 0)
                let open = end > Day(year: 2020, month: 3, day: 31)!
                let place = places[g.next(places.count)].split(separator: " ").map(String.init)
                let rec: String? = open ? nil : (last ? ["E4A", "E11", "E45", "E17", "E8"][g.next(5)] : "X1")
                let row: [String?] = [id, day.uk, rne, ["C2", "C1", "V2", "E1"][g.next(4)], "N1", place[0], place[1],
                                      open ? nil : end.uk, rec]
                for (i, v) in row.enumerated() { e[i].append(v) }
                if open || last { break }
                day = end
                rne = ["P", "L", "B", "T"][g.next(4)]
            }
        }
        func table(_ names: [String], _ cols: [[String?]]) -> Table {
            Table(columns: zip(names, cols).map { name, values in
                var b = TextColumnBuilder()
                for v in values { if let v { b.append(v) } else { b.appendMissing() } }
                return Column(name: name, storage: b.storage)
            })
        }
        return (table(["CHILD", "SEX", "DOB", "ETHNIC"], h),
                table(["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC"], e))
    }

    func testBoroughSizedSetBuildsAndScoresEveryMonthOfSevenYears() {
        let (header, episodes) = Self.borough(children: 2_000)
        XCTAssertGreaterThan(episodes.rowCount, 6_000)
        let data = CareDataSet.build(headers: [(header, "header.csv")], episodes: [(episodes, "episodes.csv")])
        XCTAssertEqual(data.children.count, 2_000)
        XCTAssertEqual(data.issues, [])
        XCTAssertEqual(data.episodes.count, episodes.rowCount)
        let card = IndicatorCatalogue.standard.scorecard(from: Day(year: 2013, month: 4, day: 1)!,
                                                         to: Day(year: 2020, month: 3, day: 31)!, data: data)
        XCTAssertEqual(card.monthEnds.count, 84)
        // Every 903 indicator but those reading a return table this data set lacks (reviews, OC2, OC3, AD1,
        // missing); no CIN indicator, as no census is loaded.
        XCTAssertEqual(card.rows.count, IndicatorCatalogue.standard.indicators.filter { $0.isAvailable(in: data) && $0.source == .care }.count)
        XCTAssertEqual(card.rows.count, 18)
        XCTAssertEqual(card.table.columns.count, 4 + 84 + 6, "id, indicator, good; 84 months; ytd, dot, rag, 3 bands, unit")
        // Counts agree with the snapshot, and the 3+ placements numerator never exceeds the looked-after count.
        let end = Day(year: 2020, month: 3, day: 31)!
        let lac = data.lookedAfter(on: end)
        XCTAssertEqual(card.rows.first { $0.id == "6.1" }?.months.last?.numerator, Double(lac.rowCount))
        for month in card.rows.first(where: { $0.id == "8.2" })!.months {
            XCTAssertLessThanOrEqual(month.numerator, month.denominator ?? 0)
        }
        XCTAssertGreaterThan(lac.rowCount, 0)
    }
}

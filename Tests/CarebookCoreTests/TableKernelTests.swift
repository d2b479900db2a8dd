import XCTest
@testable import CarebookCore

final class TableKernelTests: XCTestCase {
    /// band (levels), name, age, cost, start
    private func sample() -> Table {
        let band = Column.build(name: "band", type: .text,
                                values: [.text("10–15"), .text("Under 1"), .text("16+"), .missing, .text("10–15"), .text("Under 1")],
                                levels: ["Under 1", "1–4", "5–9", "10–15", "16+"])
        let name = Column.build(name: "name", type: .text,
                                values: [.text("item 10"), .text("Item 2"), .text("apple"), .text("Banana"), .text("item 1"), .missing])
        let age = Column(name: "age", storage: .numbers([12, 0, 17, .nan, 14, 0.5], percent: false))
        let cost = Column(name: "cost", storage: .money([100_00, 50_01, Column.missingInteger, 20_00, 30_00, 50_00]))
        let start = Column(name: "start", storage: .dates([10, 5, 7, Column.missingInteger, 1, 20]))
        return Table(columns: [band, name, age, cost, start], origin: "sample")
    }

    private func column(_ t: Table, _ c: Int) -> [Value] { (0..<t.rowCount).map { t[$0, c] } }

    private func assertValues(_ actual: [Value], _ expected: [Value], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.count, expected.count, file: file, line: line)
        for (a, e) in zip(actual, expected) {
            XCTAssertTrue(a.isEqual(to: e), "\(a) is not \(e)", file: file, line: line)
        }
    }

    func testFiltering() {
        let t = sample().filtering([true, false, true, false, false, true])
        XCTAssertEqual(t.rowCount, 3)
        assertValues(column(t, 2), [.number(12), .number(17), .number(0.5)])
        XCTAssertEqual(t.columns[0].levels?.first, "Under 1")
    }

    func testSortNaturalTextMissingLast() {
        let t = sample().sorted(by: [SortKey(column: 1)])
        assertValues(column(t, 1), [.text("apple"), .text("Banana"), .text("item 1"), .text("Item 2"), .text("item 10"), .missing])
        let d = sample().sorted(by: [SortKey(column: 1, descending: true)])
        assertValues(column(d, 1), [.text("item 10"), .text("Item 2"), .text("item 1"), .text("Banana"), .text("apple"), .missing])
    }

    func testSortByLevelsIsStableAcrossKeys() {
        let t = sample().sorted(by: [SortKey(column: 0)])
        assertValues(column(t, 0), [.text("Under 1"), .text("Under 1"), .text("10–15"), .text("10–15"), .text("16+"), .missing])
        // stable: rows with equal band keep table order
        assertValues(column(t, 2), [.number(0), .number(0.5), .number(12), .number(14), .number(17), .missing])
        let two = sample().sorted(by: [SortKey(column: 0), SortKey(column: 2, descending: true)])
        assertValues(column(two, 2), [.number(0.5), .number(0), .number(14), .number(12), .number(17), .missing])
    }

    func testSortMoneyAndDatesDescendingMissingLast() {
        let t = sample().sorted(by: [SortKey(column: 3, descending: true)])
        assertValues(column(t, 3), [100_00, 50_01, 50_00, 30_00, 20_00].map { .money(Money(pence: $0)) } + [.missing])
        let s = sample().sorted(by: [SortKey(column: 4)])
        assertValues(column(s, 4), [1, 5, 7, 10, 20].map { .date(Day(number: $0)) } + [.missing])
    }

    func testNaturalOrder() {
        XCTAssertTrue(NaturalOrder.precedes("Item 2", "item 10"))
        XCTAssertTrue(NaturalOrder.precedes("apple", "Banana"))
        XCTAssertTrue(NaturalOrder.precedes("a9b", "a10a"))
        XCTAssertFalse(NaturalOrder.precedes("b", "B") && NaturalOrder.precedes("B", "b"))
    }

    func testCountsByLevelsWithMissingLast() {
        let t = sample().counts(by: [0])
        XCTAssertEqual(t.columnNames, ["band", "count", "share"])
        assertValues(column(t, 0), [.text("Under 1"), .text("10–15"), .text("16+"), .missing])
        assertValues(column(t, 1), [.number(2), .number(2), .number(1), .number(1)])
        assertValues(column(t, 2), [.percent(2.0 / 6), .percent(2.0 / 6), .percent(1.0 / 6), .percent(1.0 / 6)])
    }

    func testCountsByTwoKeys() {
        let g = Column.build(name: "g", type: .text, values: ["b", "a", "b", "a", "b"].map { .text($0) })
        let h = Column(name: "h", storage: .bools([true, false, true, nil, false]))
        let t = Table(columns: [g, h]).counts(by: [0, 1])
        assertValues(column(t, 0), [.text("a"), .text("a"), .text("b"), .text("b")])
        assertValues(column(t, 1), [.bool(false), .missing, .bool(false), .bool(true)])
        assertValues(column(t, 2), [.number(1), .number(1), .number(1), .number(2)])
    }

    func testGroupedAggregates() throws {
        let t = try sample().grouped(by: [0], aggregates: [
            Aggregate(.count, name: "children"),
            Aggregate(.sum, column: 3, name: "cost"),
            Aggregate(.mean, column: 2, name: "mean_age"),
            Aggregate(.min, column: 4, name: "first"),
            Aggregate(.max, column: 1, name: "last_name"),
        ]).get()
        XCTAssertEqual(t.columnNames, ["band", "children", "cost", "mean_age", "first", "last_name"])
        assertValues(column(t, 1), [2, 2, 1, 1].map { .number($0) })
        assertValues(column(t, 2), [.money(Money(pence: 100_01)), .money(Money(pence: 130_00)), .money(.zero), .money(Money(pence: 20_00))])
        assertValues(column(t, 3), [.number(0.25), .number(13), .number(17), .missing])
        assertValues(column(t, 4), [.date(Day(number: 5)), .date(Day(number: 1)), .date(Day(number: 7)), .missing])
        assertValues(column(t, 5), [.text("Item 2"), .text("item 10"), .text("apple"), .text("Banana")])
        XCTAssertEqual(t.columns[2].type, .money)
    }

    func testMoneyMeanAndMedianRoundHalfEven() throws {
        let cost = Column(name: "cost", storage: .money([1, 2, 2, 3, Column.missingInteger]))
        let t = Table(columns: [cost])
        XCTAssertTrue(try t.aggregate(.mean, column: 0).get().isEqual(to: .money(Money(pence: 2))))
        let odd = Table(columns: [Column(name: "c", storage: .money([1, 2]))])
        // 1.5p rounds to 2p; 2.5p rounds to 2p
        XCTAssertTrue(try odd.aggregate(.mean, column: 0).get().isEqual(to: .money(Money(pence: 2))))
        let even = Table(columns: [Column(name: "c", storage: .money([2, 3, 100, -7]))])
        XCTAssertTrue(try even.aggregate(.median, column: 0).get().isEqual(to: .money(Money(pence: 2))))
        XCTAssertTrue(try even.aggregate(.sum, column: 0).get().isEqual(to: .money(Money(pence: 98))))
        XCTAssertEqual(ColumnSummary.divideHalfEven(-5, 2), -2)
        XCTAssertEqual(ColumnSummary.divideHalfEven(-7, 2), -4)
        XCTAssertEqual(ColumnSummary.divideHalfEven(7, 3), 2)
    }

    func testWholeColumnAggregates() throws {
        let t = sample()
        XCTAssertTrue(try t.aggregate(.count, column: 2).get().isEqual(to: .number(5)))
        XCTAssertTrue(try t.aggregate(.sum, column: 2).get().isEqual(to: .number(43.5)))
        XCTAssertTrue(try t.aggregate(.median, column: 2).get().isEqual(to: .number(12)))
        XCTAssertTrue(try t.aggregate(.max, column: 2).get().isEqual(to: .number(17)))
        XCTAssertTrue(try t.aggregate(.min, column: 0).get().isEqual(to: .text("Under 1")))
        let pct = Table(columns: [Column(name: "p", storage: .numbers([0.25, 0.5], percent: true))])
        XCTAssertTrue(try pct.aggregate(.sum, column: 0).get().isEqual(to: .percent(0.75)))
        let empty = t.filtering(Array(repeating: false, count: 6))
        XCTAssertTrue(try empty.aggregate(.count, column: 2).get().isEqual(to: .number(0)))
        XCTAssertTrue(try empty.aggregate(.sum, column: 3).get().isEqual(to: .money(.zero)))
        XCTAssertTrue(try empty.aggregate(.mean, column: 2).get().isEqual(to: .missing))
        XCTAssertTrue(try empty.aggregate(.max, column: 4).get().isEqual(to: .missing))
    }

    func testAggregateTypeErrorsNameTheColumn() {
        guard case let .failure(d) = sample().aggregate(.sum, column: 4) else { return XCTFail() }
        XCTAssertEqual(d.message, "cannot take the sum of `start`: it is a date column")
        XCTAssertNil(d.range)
        guard case let .failure(m) = sample().grouped(by: [0], aggregates: [Aggregate(.mean, column: 1, name: "x")]) else {
            return XCTFail()
        }
        XCTAssertEqual(m.message, "cannot take the mean of `name`: it is a text column")
        let overflow = Table(columns: [Column(name: "c", storage: .money([Int64.max, 1]))])
        guard case let .failure(o) = overflow.aggregate(.sum, column: 0) else { return XCTFail() }
        XCTAssertEqual(o.message, "the sum of `c` is too large to hold")
    }

    func testGroupedWithoutKeysIsOneRow() throws {
        let t = try sample().grouped(by: [], aggregates: [Aggregate(.count, name: "n"), Aggregate(.max, column: 3, name: "top")]).get()
        XCTAssertEqual(t.rowCount, 1)
        assertValues([t[0, 0], t[0, 1]], [.number(6), .money(Money(pence: 100_00))])
    }

    func testLeftJoin() throws {
        let tracker = Table(columns: [
            Column.build(name: "Name", type: .text, values: ["Banana", "apple", "nobody"].map { .text($0) }),
            Column.build(name: "plan", type: .text, values: ["SGO", "Home", "x"].map { .text($0) }),
            Column(name: "age", storage: .numbers([1, 2, 3], percent: false)),
        ])
        let t = try sample().joined(with: tracker, on: "name").get()
        XCTAssertEqual(t.columnNames, ["band", "name", "age", "cost", "start", "plan"])
        assertValues(column(t, 5), [.missing, .missing, .text("Home"), .text("SGO"), .missing, .missing])
    }

    func testJoinErrors() {
        let dup = Table(columns: [Column.build(name: "name", type: .text, values: ["a", "a"].map { .text($0) })])
        guard case let .failure(d) = sample().joined(with: dup, on: "name") else { return XCTFail() }
        XCTAssertEqual(d.message, "cannot join on `name`: `a` appears more than once in the other table")
        guard case let .failure(m) = sample().joined(with: dup, on: "nam") else { return XCTFail() }
        XCTAssertEqual(m.message, "no column `nam`")
        XCTAssertEqual(m.hint, "did you mean `name`?")
        let numbers = Table(columns: [Column(name: "name", storage: .numbers([1], percent: false))])
        guard case let .failure(t) = sample().joined(with: numbers, on: "name") else { return XCTFail() }
        XCTAssertTrue(t.message.hasPrefix("cannot join on `name`: it is a text column here and a number column"))
    }

    func testJoinOnNumbers() throws {
        let left = Table(columns: [Column(name: "id", storage: .numbers([1, 2, .nan], percent: false))])
        let right = Table(columns: [Column(name: "id", storage: .numbers([2, 1], percent: false)),
                                    Column(name: "v", storage: .bools([true, false]))])
        let t = try left.joined(with: right, on: "id").get()
        assertValues(column(t, 1), [.bool(false), .bool(true), .missing])
    }
}

/// The borough's population aged 0–17, by year, for rates per 10,000.
public struct Population: Sendable, Equatable {
    /// Counts by calendar year, sorted by year.
    public private(set) var byYear: [(year: Int, count: Int)]

    /// One figure for every year.
    public init(count: Int) { byYear = [(0, count)] }

    /// Figures by year (the latest year at or before a date is used).
    public init(byYear: [(year: Int, count: Int)]) {
        self.byYear = byYear.sorted { $0.year < $1.year }
    }

    /// Reads a table with a `population` (or `count`) column and, optionally, a `year` column.
    public init(table: Table) throws(Diagnostic) {
        guard let counts = table.column(named: "population") ?? table.column(named: "count") else {
            throw Diagnostic("the population table needs a `population` column (children aged 0–17)", file: table.origin)
        }
        let years = table.column(named: "year")
        var out: [(Int, Int)] = []
        for row in 0..<table.rowCount {
            guard case let .number(n) = counts[row] else { continue }
            var year = 0
            if let years, case let .number(y) = years[row] { year = Int(y) }
            out.append((year, Int(n)))
        }
        guard !out.isEmpty else { throw Diagnostic("the population table has no numbers", file: table.origin) }
        self.init(byYear: out)
    }

    /// The population for a date: the latest year at or before the date's year, else the earliest.
    public func count(on day: Day) -> Int {
        byYear.last { $0.year <= day.year }?.count ?? byYear[0].count
    }

    /// The example borough's 0–17 population, 56,356 (seed 003).
    public static let exampleBorough = Population(count: 56_356)

    public static func == (a: Population, b: Population) -> Bool {
        a.byYear.count == b.byYear.count && zip(a.byYear, b.byYear).allSatisfy { $0 == $1 }
    }
}

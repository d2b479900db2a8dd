/// The tables read from one XML file (a 903 return, a CIN census), with what the reader reported.
public struct XMLTables: Sendable {
    /// Each table with the suffix of the name it is bound to (`episodes` → `fake_903_episodes`), in a fixed order.
    public var tables: [(suffix: String, table: Table)]
    /// The records read (children).
    public var records: Int
    /// Warnings, located by line (at most `CSVLoad.problemLimit` kept).
    public var problems: [CSVProblem]
    /// How many warnings there were in all.
    public var problemCount: Int

    public init(tables: [(suffix: String, table: Table)], records: Int, problems: [CSVProblem], problemCount: Int) {
        self.tables = tables
        self.records = records
        self.problems = problems
        self.problemCount = problemCount
    }
}

/// Warnings gathered while reading an XML file: the first `CSVLoad.problemLimit` kept, all counted.
struct XMLProblems {
    let file: String
    private(set) var kept: [CSVProblem] = []
    private(set) var count = 0

    init(file: String) { self.file = file }

    mutating func add(_ problem: CSVProblem) {
        count += 1
        if kept.count < CSVLoad.problemLimit { kept.append(problem) }
    }

    mutating func add(line: Int, _ message: String) {
        add(CSVProblem(file: file, line: line, column: nil, message: message))
    }

    /// Reports a field that should be a date and is not: the row keeps it as written.
    mutating func checkDate(_ node: XMLNode, record: String) {
        guard !node.text.isEmpty else { return }
        let ok = Array(node.text.utf8).withUnsafeBufferPointer { CellParser.date($0, 0, $0.count) != nil }
        if !ok { add(line: node.line, "<\(node.name)> \(node.text) is not a date (\(record)); kept as written") }
    }
}

/// The XML readers: any bytes read as a 903 return and as a CIN census to tables or one error; every
/// cell is read back, each row's line is in the file, and a 903 return's header and episodes build a data set.
enum XMLHarness {
    static func run(_ bytes: [UInt8]) {
        let lines = bytes.reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
        for read in [SSDA903XML.read(_:name:), CINCensusXML.read(_:name:)] {
            guard case let .success(tables) = bytes.withUnsafeBufferPointer({ read($0, "fuzz.xml") }) else { continue }
            for (_, t) in tables.tables {
                precondition(t.rowLines?.count == t.rowCount, "a line for every row")
                for r in 0..<t.rowCount {
                    precondition((1...lines).contains(t.sourceLine(ofRow: r)), "row line \(t.sourceLine(ofRow: r)) outside the file")
                    for c in t.columns.indices { _ = String(describing: t[r, c]) }
                }
            }
            if tables.tables.count == SSDA903Kind.allCases.count {
                let data = CareDataSet.build(headers: [(tables.tables[0].table, "fuzz.xml")],
                                             episodes: [(tables.tables[1].table, "fuzz.xml")])
                for issue in data.issues { precondition((1...lines).contains(issue.line), "issue line \(issue.line) outside the file") }
            }
        }
    }
}

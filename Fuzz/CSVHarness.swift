/// The CSV reader: any bytes parse to a table or one error; every cell of the table is read back.
enum CSVHarness {
    static func run(_ bytes: [UInt8]) {
        guard case let .success(load) = CSVReader.parse(bytes: bytes, name: "fuzz.csv") else { return }
        let t = load.table
        for c in t.columns.indices {
            for r in 0..<min(t.rowCount, 64) { _ = String(describing: t[r, c]) }
        }
        _ = CSVWriter.write(t)
    }
}

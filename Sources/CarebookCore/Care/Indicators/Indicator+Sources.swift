extension Indicator {
    /// True when the data set holds a table the indicator reads (or it reads only header and episodes).
    public func isAvailable(in data: CareDataSet) -> Bool {
        needs.isEmpty || needs.contains { data.returnTables.rowsRead[$0] != nil }
    }

    /// The indicator, or an error naming the 903 file to load when none of the tables it reads is loaded.
    func available(in data: CareDataSet) -> Result<Indicator, Diagnostic> {
        guard !isAvailable(in: data) else { return .success(self) }
        let files = needs.map(\.title).joined(separator: " or ")
        let columns = needs.map { $0.signature.joined(separator: ", ") }.joined(separator: "; or ")
        return .failure(Diagnostic("indicator \(id) needs the \(files) file, which is not loaded",
                                   hint: "load it (columns \(columns)) beside the header and episodes files"))
    }
}

/// The SSDA903 loader: a header and an episodes CSV (the input split at its first NUL byte) build a
/// data set, which is then validated, snapshotted and summarised.
enum LoaderHarness {
    static func run(_ bytes: [UInt8]) {
        let cut = bytes.firstIndex(of: 0) ?? bytes.count
        let header = Array(bytes[..<cut]), episodes = cut < bytes.count ? Array(bytes[(cut + 1)...]) : []
        guard case let .success(h) = CSVReader.parse(bytes: header, name: "header.csv"),
              case let .success(e) = CSVReader.parse(bytes: episodes, name: "episodes.csv") else { return }
        let data = CareDataSet.build(headers: [(h.table, "header.csv")], episodes: [(e.table, "episodes.csv")])
        _ = data.issues.count
        for day in ["2017-03-31", "2019-06-30"].compactMap(Day.parse) {
            _ = data.lookedAfter(on: day).rowCount
        }
    }
}

/// Measures calibration targets on a loaded 903 data set with the care engine (snapshots, events, indicators).
///
/// Counts are numbers of children; shares and indicators are percentages (0–100).
public struct SynthMeasurement {
    public let data: CareDataSet
    private var snapshots: [Day: Table] = [:]

    public init(data: CareDataSet) { self.data = data }

    /// Builds the data set from header and episodes bytes and measures on it.
    public init(header: [UInt8], episodes: [UInt8], inBoroughDistricts: Set<String>) throws(Diagnostic) {
        let h = try SynthMeasurement.table(header, "header.csv")
        let e = try SynthMeasurement.table(episodes, "episodes.csv")
        self.init(data: CareDataSet.build(headers: [(h, "header.csv")], episodes: [(e, "episodes.csv")],
                                          mapping: .default, inBoroughDistricts: inBoroughDistricts))
    }

    static func table(_ bytes: [UInt8], _ name: String) throws(Diagnostic) -> Table {
        switch CSVReader.parse(bytes: bytes, name: name) {
        case let .success(load): return load.table
        case let .failure(d): throw d
        }
    }

    /// The measured value of a target: a count, or a percentage for shares and rate indicators.
    public mutating func value(of t: CalibrationTarget) -> Double {
        switch t.measure {
        case .stock: return Double(snapshot(t.from).rowCount)
        case .admissions: return Double(data.admissions(from: t.from, to: t.to ?? t.from).rowCount)
        case .leavers: return Double(data.leavers(from: t.from, to: t.to ?? t.from).rowCount)
        case .ageMix: return share(snapshot(t.from), "age_band", t.group)
        case .placementMix: return share(snapshot(t.from), "placement_group", t.group)
        case .legalMix: return share(snapshot(t.from), "legal_status", t.group)
        case .leaverReasons: return share(data.leavers(from: t.from, to: t.to ?? t.from), "reason_group", t.group)
        case .commissionedShare:
            let s = snapshot(t.from)
            return percent(SynthMeasurement.rows(s) { SynthMeasurement.flag(s, "commissioned", $0) }, of: s.rowCount)
        case .outOfAreaResidential:
            let s = snapshot(t.from)
            return Double(SynthMeasurement.rows(s) { r in
                SynthMeasurement.text(s, "placement_group", r) == SynthPlacement.commissionedHome.name
                    && SynthMeasurement.flag(s, "out_of_area", r)
            })
        case .indicator:
            let result = IndicatorCatalogue.standard.evaluate(id: t.group.first ?? "", on: t.from, data: data)
            guard case let .success(r) = result, let v = r.value else { return .nan }
            return r.unit == .percent ? v * 100 : v
        }
    }

    /// The looked-after snapshot on a day, cached.
    mutating func snapshot(_ day: Day) -> Table {
        if let s = snapshots[day] { return s }
        let s = data.lookedAfter(on: day)
        snapshots[day] = s
        return s
    }

    /// The percentage of a table's rows whose `column` is one of `groups`.
    func share(_ t: Table, _ column: String, _ groups: [String]) -> Double {
        let wanted = Set(groups)
        return percent(SynthMeasurement.rows(t) { SynthMeasurement.text(t, column, $0).map(wanted.contains) ?? false },
                       of: t.rowCount)
    }

    func percent(_ n: Int, of total: Int) -> Double { total > 0 ? Double(n) / Double(total) * 100 : 0 }

    static func rows(_ t: Table, where test: (Int) -> Bool) -> Int { (0..<t.rowCount).reduce(0) { $0 + (test($1) ? 1 : 0) } }

    static func text(_ t: Table, _ column: String, _ row: Int) -> String? {
        guard let c = t.column(named: column), case let .text(s) = c[row] else { return nil }
        return s
    }

    static func flag(_ t: Table, _ column: String, _ row: Int) -> Bool {
        guard let c = t.column(named: column), case let .bool(b) = c[row] else { return false }
        return b
    }
}

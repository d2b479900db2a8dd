/// One figure to reproduce: what is measured, when, for which group, the value and how close is close enough.
public struct CalibrationTarget: Sendable, Equatable {
    /// The kinds of figure a targets file can name.
    public enum Measure: String, Sendable, CaseIterable {
        case stock, admissions, leavers
        case ageMix = "age_mix", placementMix = "placement_mix", legalMix = "legal_mix"
        case leaverReasons = "leaver_reasons", commissionedShare = "commissioned_share"
        case outOfAreaResidential = "ooa_residential", indicator

        /// True for measures compared as a share of a total, in percentage points.
        public var isMix: Bool { [.ageMix, .placementMix, .legalMix, .leaverReasons].contains(self) }
    }

    /// How far a measured value may be from the target.
    public enum Tolerance: Sendable, Equatable {
        case relative(Double), points(Double), absolute(Double)
    }

    public var measure: Measure
    public var from: Day
    /// The end of a period (flows); nil for a snapshot on `from`.
    public var to: Day?
    /// Groups, codes or an indicator id (`|`-separated in the file); empty for a total.
    public var group: [String]
    public var value: Double
    public var isPercent: Bool
    public var tolerance: Tolerance
    public var source: String
    public var line: Int

    /// True when `measured` (a count, or a percentage for shares) is within tolerance of `target`.
    public func accepts(measured: Double, target: Double) -> Bool { error(measured: measured, target: target) <= 1 }

    /// The distance from the target in units of the tolerance (≤ 1 is within it).
    public func error(measured: Double, target: Double) -> Double {
        switch tolerance {
        case let .relative(r): abs(measured - target) / max(abs(target) * r / 100, 1e-9)
        case let .points(p), let .absolute(p): abs(measured - target) / max(p, 1e-9)
        }
    }

    /// Reads one row: `measure,date,to,group,value,tolerance,source`.
    static func parse(_ text: String, line: Int, file: String?) -> Result<CalibrationTarget, Diagnostic> {
        let row = TargetRow(text, line: line, file: file, fields: 7), fields = row.fields
        func fail(_ field: Int, _ message: String) -> Result<CalibrationTarget, Diagnostic> { .failure(row.error(field, message)) }
        guard fields.count >= 6 else { return fail(0, "expected measure,date,to,group,value,tolerance[,source]") }
        guard let measure = Measure(rawValue: fields[0]) else {
            return fail(0, "unknown measure `\(fields[0])`; expected one of " + Measure.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard let from = Day.parse(fields[1]) else { return fail(1, "`\(fields[1])` is not a date (yyyy-mm-dd)") }
        let to = fields[2].isEmpty ? nil : Day.parse(fields[2])
        if !fields[2].isEmpty && to == nil { return fail(2, "`\(fields[2])` is not a date (yyyy-mm-dd)") }
        let percent = fields[4].hasSuffix("%")
        guard let value = Double(percent ? String(fields[4].dropLast()) : fields[4]) else {
            return fail(4, "`\(fields[4])` is not a number")
        }
        guard let tolerance = parseTolerance(fields[5]) else { return fail(5, "`\(fields[5])` is not a tolerance (2%, 2pt or 4)") }
        let group = fields[3].isEmpty ? [] : fields[3].split(separator: "|").map { $0.trimmingSpaces }
        return .success(CalibrationTarget(measure: measure, from: from, to: to, group: group, value: value, isPercent: percent,
                                          tolerance: tolerance, source: fields.count > 6 ? fields[6] : "", line: line))
    }

    static func parseTolerance(_ text: String) -> Tolerance? {
        if text.hasSuffix("%") { return Double(text.dropLast()).map(Tolerance.relative) }
        if text.hasSuffix("pt") { return Double(text.dropLast(2)).map(Tolerance.points) }
        return Double(text).map(Tolerance.absolute)
    }
}

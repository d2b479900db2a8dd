/// A published figure of a return indicator that `carebook synth` tunes the other 903 tables to.
///
/// One row of `return-targets.csv`: `indicator,date,to,value,tolerance,source`. A snapshot
/// indicator (6.9, 6.10, 7.3, 7.4) names the 31 March of a return in `date` and leaves `to`
/// blank; the others name a window of dates. Values are percentages or average days; the
/// tolerance is in the same unit (`2pt`, or days as a plain number).
public struct ReturnTarget: Sendable, Equatable {
    /// The indicators whose figures come from the tables the synth writes (definitions: `/work/briefs/return-indicators.md`, README).
    public enum Indicator: String, Sendable, CaseIterable {
        case reviews = "6.7", healthAssessments = "6.9", dentalChecks = "6.10"
        case suitableAccommodation = "7.3", educationEmploymentTraining = "7.4"
        case adoptions = "10.1", withinTwelveMonths = "10.3", a1 = "10.4", a2 = "10.5"

        /// True for the figures read on one 31 March (the OC2 and OC3 cohorts).
        public var isSnapshot: Bool { [.healthAssessments, .dentalChecks, .suitableAccommodation, .educationEmploymentTraining].contains(self) }

        /// True for figures the episodes fix (adoption counts and A1): the return tables cannot move them; the episodes'
        /// calibration (`Calibrator`'s adoption targets) tunes them, and the return calibration reports them.
        public var isFixedByEpisodes: Bool { self == .adoptions || self == .a1 }

        /// True for figures the episodes fix or cap (A2 cannot exceed the days from placement order to adoptive placement):
        /// not counted against the return tables' calibration when out of tolerance (the episodes' calibration counts them).
        public var isBoundedByEpisodes: Bool { isFixedByEpisodes || self == .a2 }

        /// The unit printed after a value.
        public var unit: String {
            switch self {
            case .adoptions: ""
            case .a1, .a2: " days"
            default: "%"
            }
        }
    }

    public var indicator: Indicator
    public var from: Day
    /// The end of the window; equal to `from` for a snapshot.
    public var to: Day
    public var value: Double
    public var tolerance: Double
    public var source: String
    public var line: Int

    /// True when `measured` is within the tolerance of the value.
    public func accepts(_ measured: Double) -> Bool { measured.isFinite && abs(measured - value) <= tolerance + 1e-9 }

    /// Reads one row: `indicator,date,to,value,tolerance,source` (the source may hold commas).
    static func parse(_ text: String, line: Int, file: String?) -> Result<ReturnTarget, Diagnostic> {
        let row = TargetRow(text, line: line, file: file, fields: 6), fields = row.fields
        func fail(_ field: Int, _ message: String) -> Result<ReturnTarget, Diagnostic> { .failure(row.error(field, message)) }
        guard fields.count >= 5 else { return fail(0, "expected indicator,date,to,value,tolerance[,source]") }
        guard let indicator = Indicator(rawValue: fields[0]) else {
            return fail(0, "unknown indicator `\(fields[0])`; expected one of " + Indicator.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard let from = Day.parse(fields[1]) else { return fail(1, "`\(fields[1])` is not a date (yyyy-mm-dd)") }
        let to = fields[2].isEmpty ? from : Day.parse(fields[2])
        guard let to, to >= from else { return fail(2, "`\(fields[2])` is not a date (yyyy-mm-dd) on or after \(fields[1])") }
        if indicator.isSnapshot && (from.month != 3 || from.components.day != 31 || to != from) {
            return fail(1, "indicator \(indicator.rawValue) is read on a 31 March: give that date and leave `to` blank")
        }
        guard let value = Double(fields[3].hasSuffix("%") ? String(fields[3].dropLast()) : fields[3]) else {
            return fail(3, "`\(fields[3])` is not a number")
        }
        let tol = fields[4].hasSuffix("pt") ? String(fields[4].dropLast(2)) : fields[4]
        guard let tolerance = Double(tol), tolerance >= 0 else { return fail(4, "`\(fields[4])` is not a tolerance (2pt, or days)") }
        return .success(ReturnTarget(indicator: indicator, from: from, to: to, value: value, tolerance: tolerance,
                                     source: fields.count > 5 ? fields[5] : "", line: line))
    }
}

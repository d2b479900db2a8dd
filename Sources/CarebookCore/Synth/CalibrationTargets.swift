/// The figures a synthetic data set is calibrated to, read from a small CSV (see `Datasets/example-borough/README.md`).
///
/// Columns: `measure,date,to,group,value,tolerance,source`. One row per figure:
///
/// ```
/// stock,2014-03-31,,,394,2%,003 Table 1
/// admissions,2014-04-01,2015-03-31,,175,5%,003 scorecard 6.3
/// age_mix,2017-06-30,,Under 1,34,2pt,003 scorecard
/// leaver_reasons,2015-04-01,2016-03-31,Other|CAO/residence,29%,3pt,003 Table 5
/// indicator,2017-06-30,,8.1,62.1%,3pt,003 scorecard
/// ```
///
/// Mix rows give a count (or a percentage) per group; the share is the group's
/// value over the sum of the rows with the same measure and dates, and is compared in
/// percentage points. A tolerance is relative (`2%`), in points (`2pt`), or an
/// absolute count (`4`). Several codes or groups are joined with `|`.
public struct CalibrationTargets: Sendable {
    public var targets: [CalibrationTarget]

    public init(targets: [CalibrationTarget]) { self.targets = targets }

    /// Parses the targets file text; errors name the line and column.
    public static func parse(_ text: String, file: String? = nil) -> Result<CalibrationTargets, Diagnostic> {
        var out: [CalibrationTarget] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (n, raw) in lines.enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if n == 0 || line.trimmingSpaces.isEmpty || line.hasPrefix("#") { continue }
            switch CalibrationTarget.parse(line, line: n + 1, file: file) {
            case let .success(t): out.append(t)
            case let .failure(d): return .failure(d)
            }
        }
        guard !out.isEmpty else { return .failure(Diagnostic("the calibration targets file has no targets", file: file)) }
        return .success(CalibrationTargets(targets: out))
    }

    /// The rows of one measure.
    public func rows(_ measure: CalibrationTarget.Measure) -> [CalibrationTarget] { targets.filter { $0.measure == measure } }

    /// The share a mix row stands for: its value over the total of its measure and dates.
    public func share(of target: CalibrationTarget) -> Double {
        guard target.measure.isMix else { return target.value }
        if target.isPercent { return target.value }
        let total = targets.filter { $0.measure == target.measure && $0.from == target.from && $0.to == target.to }
            .reduce(0) { $0 + $1.value }
        return total > 0 ? target.value / total * 100 : 0
    }
}

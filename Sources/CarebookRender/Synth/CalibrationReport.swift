import CarebookCore

/// The lines of `carebook synth`'s calibration report: one per target, what it aimed at, what the generated
/// data measured, and whether that is within tolerance.
public enum CalibrationReport {
    /// An episode target: `stock 2014-03-31: target 394, measured 392 ok`.
    public static func line(_ check: CalibrationCheck) -> String {
        let t = check.target
        let when = t.to.map { "\(t.from.iso)..\($0.iso)" } ?? t.from.iso
        let group = t.group.isEmpty ? "" : " " + t.group.joined(separator: "|")
        let unit = t.measure.isMix || t.isPercent ? "%" : ""
        return "\(t.measure.rawValue) \(when)\(group): target \(tenths(check.expected))\(unit), "
            + "measured \(tenths(check.measured))\(unit) \(check.passed ? "ok" : "OUT")"
    }

    /// A return target: `6.7 2014-04-01..2015-03-31: target 94.9% ±2, measured 94.8% ok`.
    public static func line(_ check: ReturnCheck) -> String {
        let t = check.target
        let when = t.indicator.isSnapshot ? t.from.iso : "\(t.from.iso)..\(t.to.iso)"
        let verdict = check.passed ? "ok" : t.indicator.isFixedByEpisodes ? "OUT (fixed by the episodes; not tuned)"
            : t.indicator == .a2 ? "OUT (capped by the episodes: a match comes before the adoptive placement)" : "OUT"
        return "\(t.indicator.rawValue) \(when): target \(tenths(t.value))\(t.indicator.unit) ±"
            + "\(tenths(t.tolerance)), measured \(tenths(check.measured))\(t.indicator.unit) \(verdict)"
    }

    /// A census figure: `referrals Jan 2017: target 292 ±14, measured 290 ok (004 3.2.3 (±5%))`.
    public static func line(_ check: NeedCalibrator.Check) -> String {
        "\(check.name): target \(whole(check.target)) ±\(whole(check.tolerance)), measured \(whole(check.measured)) "
            + (check.passed ? "ok" : "OUT") + " (\(check.source))"
    }

    /// To one decimal, without a trailing `.0`: `12.3`, `12`; `n/a` when not finite.
    static func tenths(_ x: Double) -> String {
        x.isFinite ? NumberText.brief((x * 10).rounded() / 10) : "n/a"
    }

    /// A whole number as it is (`292`), others to one decimal, grouped (`245.0`).
    static func whole(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : NumberText.oneDecimal(v) }
}

/// One return target measured on the generated tables, and whether it is within tolerance.
public struct ReturnCheck: Sendable {
    public var target: ReturnTarget
    public var measured: Double

    public var passed: Bool { target.accepts(measured) }

    /// A one-line description in the calibration report's style: `6.7 2014-04-01..2015-03-31: target 94.9%, measured 94.8% ok`.
    public var summary: String {
        let t = target
        let when = t.indicator.isSnapshot ? t.from.iso : "\(t.from.iso)..\(t.to.iso)"
        let verdict = passed ? "ok" : t.indicator.isFixedByEpisodes ? "OUT (fixed by the episodes; not tuned)"
            : t.indicator == .a2 ? "OUT (capped by the episodes: a match comes before the adoptive placement)" : "OUT"
        return "\(t.indicator.rawValue) \(when): target \(CalibrationCheck.format(t.value))\(t.indicator.unit) ±"
            + "\(CalibrationCheck.format(t.tolerance)), measured \(CalibrationCheck.format(measured))\(t.indicator.unit) \(verdict)"
    }
}

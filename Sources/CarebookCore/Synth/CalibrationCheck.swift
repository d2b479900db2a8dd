/// One target measured on a data set: the target share or count, what was measured, and whether it is within tolerance.
public struct CalibrationCheck: Sendable {
    public var target: CalibrationTarget
    /// The target as compared: a count, or a percentage for shares.
    public var expected: Double
    public var measured: Double
    /// The distance in units of the tolerance (≤ 1 passes).
    public var error: Double

    public var passed: Bool { error <= 1 }

    /// Measures every target on the data set.
    public static func run(_ targets: CalibrationTargets, on data: CareDataSet) -> [CalibrationCheck] {
        var measure = SynthMeasurement(data: data)
        return targets.targets.map { t in
            let expected = targets.share(of: t)
            let measured = measure.value(of: t)
            let error = measured.isNaN ? .infinity : t.error(measured: measured, target: expected)
            return CalibrationCheck(target: t, expected: expected, measured: measured, error: error)
        }
    }
}

/// One return target measured on the generated tables, and whether it is within tolerance.
public struct ReturnCheck: Sendable {
    public var target: ReturnTarget
    public var measured: Double

    public var passed: Bool { target.accepts(measured) }
}

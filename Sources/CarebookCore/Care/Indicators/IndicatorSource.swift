/// The data an indicator is counted from.
public enum IndicatorSource: Sendable {
    /// The SSDA903 (looked-after children) return.
    case care
    /// The Children in Need census.
    case cin
    /// The local contacts table.
    case contacts
}

/// Where a link in report prose may point: a relative target (another file, an anchor), or a web or
/// mail address; anything else is refused and the link is shown as text.
///
/// The address is first cleaned of ASCII control and white-space characters (browsers drop them, so
/// `java<TAB>script:` would otherwise run as `javascript:`); the scheme is then compared without case.
public enum LinkTarget: Equatable, Sendable {
    /// No scheme: a file or an anchor next to the report.
    case relative(String)
    /// `http:`, `https:` (or `//host`) and `mailto:`.
    case web(String)
    /// Any other scheme, or a target a browser could read as another host (`\\host`).
    case refused

    /// Schemes a link may have.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    public init(_ address: String) {
        let cleaned = String(String.UnicodeScalarView(address.unicodeScalars.filter { !Self.isStripped($0) }))
        if cleaned.contains("\\") { self = .refused; return }
        if cleaned.hasPrefix("//") { self = .web(cleaned); return }
        guard let colon = cleaned.firstIndex(of: ":") else { self = .relative(cleaned); return }
        let before = cleaned[..<colon]
        if before.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { self = .relative(cleaned); return }
        self = Self.allowedSchemes.contains(before.lowercased()) ? .web(cleaned) : .refused
    }

    /// ASCII control characters, and white space of any kind.
    static func isStripped(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) || s.properties.isWhitespace
    }
}

import Foundation

/// Escaping for text placed in HTML (and XHTML) elements and attributes.
public enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by entities.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// True when an address would make a browser fetch or leave the file (`http:`, `https:`, `//host`, `javascript:` …).
    ///
    /// Reports are self-contained: such links are shown as text, never as `href`s.
    public static func isExternal(_ address: String) -> Bool {
        let lower = address.lowercased().trimmingCharacters(in: .whitespaces)
        if lower.hasPrefix("//") { return true }
        guard let colon = lower.firstIndex(of: ":") else { return false }
        let scheme = lower[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-" }
    }
}

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
            case _ where c.unicodeScalars.contains(where: isNotXML): out += "\u{FFFD}"
            default: out.append(c)
            }
        }
        return out
    }

    /// True for a control character XML 1.0 does not allow (all below U+0020 but tab, line feed and return).
    static func isNotXML(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s.value != 0x09 && s.value != 0x0A && s.value != 0x0D) || s.value == 0xFFFE || s.value == 0xFFFF
    }
}

import Foundation

extension ProseMarkdown {
    /// Inline Markdown as escaped HTML: `**strong**`, `*em*`, `_em_`, `` `code` `` and `[text](address)`.
    ///
    /// `_` only emphasises at word boundaries, so `placement_group` stays as written.
    /// Links to other files or anchors become `<a href>`; links that leave the file
    /// (`https:` and other schemes) are printed as text with the address in brackets,
    /// so a report never refers to anything outside itself.
    public static func inline(_ text: String) -> String {
        var scanner = InlineScanner(Array(text))
        return scanner.html()
    }
}

/// Reads inline Markdown left to right, emitting HTML.
struct InlineScanner {
    let chars: [Character]
    var i = 0
    var out = ""

    init(_ chars: [Character]) { self.chars = chars }

    mutating func html() -> String {
        while i < chars.count {
            if !(code() || strong() || emphasis() || link()) {
                out += HTMLText.escape(String(chars[i]))
                i += 1
            }
        }
        return out
    }

    /// The index of the next `marker` at or after `from`, if any.
    func find(_ marker: [Character], from: Int) -> Int? {
        var j = from
        while j + marker.count <= chars.count {
            if Array(chars[j..<j + marker.count]) == marker { return j }
            j += 1
        }
        return nil
    }

    func text(_ range: Range<Int>) -> String { String(chars[range]) }

    mutating func code() -> Bool {
        guard chars[i] == "`", let close = find(["`"], from: i + 1) else { return false }
        out += "<code>" + HTMLText.escape(text(i + 1..<close)) + "</code>"
        i = close + 1
        return true
    }

    mutating func strong() -> Bool {
        guard find(["*", "*"], from: i) == i, i + 2 < chars.count, chars[i + 2] != " ",
              let close = find(["*", "*"], from: i + 3) else { return false }
        out += "<strong>" + ProseMarkdown.inline(text(i + 2..<close)) + "</strong>"
        i = close + 2
        return true
    }

    mutating func emphasis() -> Bool {
        let c = chars[i]
        guard c == "*" || c == "_", i + 1 < chars.count, chars[i + 1] != " " else { return false }
        if c == "_", i > 0, isWordCharacter(chars[i - 1]) { return false }
        var j = i + 2
        while let close = find([c], from: j) {
            let after = close + 1 < chars.count ? chars[close + 1] : " "
            if chars[close - 1] != " ", !(c == "_" && isWordCharacter(after)) {
                out += "<em>" + ProseMarkdown.inline(text(i + 1..<close)) + "</em>"
                i = close + 1
                return true
            }
            j = close + 1
        }
        return false
    }

    mutating func link() -> Bool {
        guard chars[i] == "[", let mid = find(["]", "("], from: i + 1), let close = find([")"], from: mid + 2) else {
            return false
        }
        let label = ProseMarkdown.inline(text(i + 1..<mid))
        let address = text(mid + 2..<close)
        switch LinkTarget(address) {
        case let .relative(target):
            out += "<a href=\"" + HTMLText.escape(target) + "\">" + label + "</a>"
        case let .web(target):
            out += "<span class=\"link\">" + label + "</span> (" + HTMLText.escape(ProseMarkdown.bare(target)) + ")"
        case .refused:
            out += "<span class=\"link\">" + label + "</span>"
        }
        i = close + 1
        return true
    }

    func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}

extension ProseMarkdown {
    /// An address without its scheme: `https://www.gov.uk/x` → `www.gov.uk/x`.
    static func bare(_ address: String) -> String {
        guard let r = address.range(of: "://") else { return address }
        return String(address[r.upperBound...])
    }
}

/// Links in Markdown prose, checked as `LinkTarget` does: a link to a refused target becomes its text.
///
/// Covers inline links `[text](target)`, autolinks `<scheme:…>` and reference definitions
/// `[label]: target`; an allowed target is written back without control or white-space characters.
enum MarkdownLinks {
    /// One line of prose with every link to a refused target made text.
    static func sanitize(_ line: String) -> String {
        if let definition = referenceDefinition(line) { return definition }
        let chars = Array(line)
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "[", let (label, target, end) = inlineLink(chars, at: i) {
                switch LinkTarget(target) {
                case let .relative(t), let .web(t): out += "[" + label + "](" + t + ")"
                case .refused: out += label
                }
                i = end
            } else if chars[i] == "<", let close = chars[(i + 1)...].firstIndex(of: ">"),
                      chars[(i + 1)..<close].contains(":"), !chars[(i + 1)..<close].contains(" ") {
                let target = String(chars[(i + 1)..<close])
                if case let .web(t) = LinkTarget(target) { out += "<" + t + ">" } else { out += "&lt;" + target + "&gt;" }
                i = close + 1
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    /// `[label](target)` starting at `i`: the label, the target and the index after `)`.
    static func inlineLink(_ chars: [Character], at i: Int) -> (String, String, Int)? {
        guard let mid = chars[(i + 1)...].firstIndex(of: "]"), mid + 1 < chars.count, chars[mid + 1] == "(",
              let close = chars[(mid + 2)...].firstIndex(of: ")") else { return nil }
        return (String(chars[(i + 1)..<mid]), String(chars[(mid + 2)..<close]), close + 1)
    }

    /// A reference definition `[label]: target` with its target checked; nil when the line is not one.
    static func referenceDefinition(_ line: String) -> String? {
        let body = line.drop { $0 == " " }
        guard body.hasPrefix("["), let close = body.firstIndex(of: "]"),
              body[body.index(after: close)...].hasPrefix(":") else { return nil }
        let head = line[..<body.index(close, offsetBy: 2)]
        let target = String(body[body.index(close, offsetBy: 2)...])
        switch LinkTarget(target) {
        case let .relative(t), let .web(t): return head + " " + t
        case .refused: return String(body[body.index(after: body.startIndex)..<close])
        }
    }
}

/// A carebook script split into its parts: header fingerprints, statements and
/// `:commands` in order, and the results recorded beneath each as `#> ` lines.
public struct ScriptDocument: Sendable {
    /// One runnable item of the script.
    public struct Item: Sendable {
        public enum Kind: Sendable {
            case entry(SourceEntry)
            /// A `:command` line, without the colon's leading spaces.
            case command(String, SourceRange)
        }

        public var kind: Kind
        /// The recorded result lines (without the `#> ` prefix); empty when none were recorded.
        public var recorded: [String]
        /// The last line of the item (recorded lines follow it).
        public var endLine: Int

        public var startLine: Int {
            switch kind {
            case let .entry(e): e.range.start.line
            case let .command(_, r): r.start.line
            }
        }
    }

    public var text: String
    public var items: [Item]
    /// Data files named in the header, with the fingerprints they had when the script was saved.
    public var sources: [DataSource]
    /// The carebook version named in the header, if any.
    public var version: String?

    public static let resultPrefix = "#>"

    public init(text: String) {
        self.text = text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        var codeLines: [String] = []
        var commands: [Item] = []
        for (i, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix(":") && !Self.continues(codeLines) {
                let r = SourceRange(SourceLocation(line: i + 1, column: 1), SourceLocation(line: i + 1, column: line.count + 1))
                commands.append(Item(kind: .command(trimmed.trimmingSpaces, r), recorded: [], endLine: i + 1))
                codeLines.append("")
            } else {
                codeLines.append(line)
            }
        }
        let entries = Parser.entries(codeLines.joined(separator: "\n")).map {
            Item(kind: .entry($0), recorded: [], endLine: $0.range.end.line)
        }
        items = (entries + commands).sorted { $0.startLine < $1.startLine }
        for i in items.indices {
            items[i].recorded = Self.recordedLines(lines, after: items[i].endLine)
        }
        (version, sources) = Self.header(lines)
    }

    /// True when the code so far ends inside an unfinished statement.
    static func continues(_ codeLines: [String]) -> Bool {
        guard let last = codeLines.last, !last.trimmingSpaces.isEmpty else { return false }
        return Parser.needsContinuation(codeLines.suffix(20).joined(separator: "\n"))
    }

    /// The `#>` lines directly after line `end` (1-based).
    static func recordedLines(_ lines: [String], after end: Int) -> [String] {
        var out: [String] = []
        var i = end
        while i < lines.count, lines[i].hasPrefix(resultPrefix) {
            var rest = lines[i].dropFirst(resultPrefix.count)
            if rest.hasPrefix(" ") { rest = rest.dropFirst() }
            out.append(String(rest))
            i += 1
        }
        return out
    }

    /// `# carebook 0.1.0` and `# data: PATH sha256:HEX bytes:N` lines at the top.
    static func header(_ lines: [String]) -> (String?, [DataSource]) {
        var version: String?
        var sources: [DataSource] = []
        for line in lines {
            guard line.hasPrefix("#"), !line.hasPrefix(resultPrefix) else { break }
            let body = line.dropFirst().trimmingSpaces
            if body.hasPrefix("carebook ") {
                version = body.dropFirst("carebook ".count).split(separator: " ").first.map(String.init)
            } else if body.hasPrefix("data: "), let source = DataSource(headerLine: String(body.dropFirst(6))) {
                sources.append(source)
            }
        }
        return (version, sources)
    }
}

extension DataSource {
    /// The header form: `"path" sha256:HEX bytes:N`.
    public var headerLine: String {
        "data: \"\(path)\" sha256:\(sha256) bytes:\(bytes)"
    }

    init?(headerLine text: String) {
        guard text.hasPrefix("\""), let close = text.dropFirst().firstIndex(of: "\"") else { return nil }
        let path = String(text[text.index(after: text.startIndex)..<close])
        var sha = "", bytes = 0
        for part in text[text.index(after: close)...].split(separator: " ") {
            if part.hasPrefix("sha256:") { sha = String(part.dropFirst(7)) }
            if part.hasPrefix("bytes:") { bytes = Int(part.dropFirst(6)) ?? 0 }
        }
        guard !sha.isEmpty else { return nil }
        self.init(path: path, sha256: sha, bytes: bytes)
    }
}

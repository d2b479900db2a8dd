import Foundation

/// Replays a script and compares every result with the one recorded beneath it.
public struct ReplayChecker {
    /// A statement whose result differs from its recording.
    public struct Difference: Sendable {
        public var line: Int
        public var statement: String
        public var expected: [String]
        public var actual: [String]
    }

    /// A data file whose fingerprint changed since the script was saved.
    public struct ChangedSource: Sendable {
        public var path: String
        public var expected: String
        /// The file's fingerprint now; nil when it is missing.
        public var actual: String?
    }

    public struct Report: Sendable {
        public var file: String
        public var items: Int
        public var differences: [Difference]
        public var changedSources: [ChangedSource]
        /// The script with every recording replaced by the actual results (for `check --update`).
        public var updatedText: String
        /// The script as it was checked.
        public var document: String

        /// Data files that are not where the script says (paths relative to its folder), in the order found.
        public var missingData: [MissingData] = []
        /// Statements not replayed because a data file they follow is missing.
        public var notReplayed = 0

        public var passed: Bool { differences.isEmpty && changedSources.isEmpty && missingData.isEmpty }
    }

    /// A data file the script loads that is not there.
    public struct MissingData: Sendable {
        /// The path as the script writes it.
        public var path: String
        /// Where it was looked for.
        public var lookedFor: String
    }

    public init() {}

    /// Replays `document` in a fresh session and compares.
    public func check(_ document: ScriptDocument, file: String, session: ShellSession = ShellSession()) -> Report {
        session.interpreter.scriptDirectory = (file as NSString).deletingLastPathComponent
        var differences: [Difference] = []
        var actuals: [(item: ScriptDocument.Item, lines: [String])] = []
        var missing = document.sources.compactMap { missingData($0.path, session) }
        var notReplayed = 0
        var position = 0
        session.runScript(document, file: file, policy: .replay, before: { item in
            defer { position += 1 }
            // A missing data file is reported once, not as a difference in every statement after it
            // (unless the script records that load failing: then the failure is what it checks).
            guard let path = Self.loadedPath(item), item.recorded.first?.hasPrefix("error:") != true,
                  let gone = missingData(path, session) else { return .run }
            if !missing.contains(where: { $0.path == gone.path }) { missing.append(gone) }
            notReplayed = document.items.count - position
            actuals += document.items[position...].map { ($0, $0.recorded) }
            return .stop
        }, after: { item, outcome in
            actuals.append((item, outcome.recorded))
            if outcome.recorded != item.recorded {
                differences.append(Difference(line: item.startLine, statement: statementText(item, document),
                                              expected: item.recorded, actual: outcome.recorded))
            }
        })
        let changed = changedSources(document.sources, session).filter { c in !missing.contains { $0.path == c.path } }
        let updated = Self.rewrite(document, actuals, sources: session.interpreter.workspace.sources)
        return Report(file: file, items: document.items.count, differences: differences, changedSources: changed,
                      updatedText: updated, document: document.text, missingData: missing, notReplayed: notReplayed)
    }

    /// The path of a `load "PATH"` statement; nil for other items.
    static func loadedPath(_ item: ScriptDocument.Item) -> String? {
        guard case let .entry(.statement(statement)) = item.kind, case let .load(pathExpr, _, _) = statement.kind,
              case let .literal(.text(path)) = pathExpr.kind else { return nil }
        return path
    }

    /// The file a script's path points to, when it is not there.
    func missingData(_ path: String, _ session: ShellSession) -> MissingData? {
        let resolved = session.interpreter.resolve(path)
        guard !FileManager.default.fileExists(atPath: resolved) else { return nil }
        return MissingData(path: path, lookedFor: ScriptPaths.absolute(resolved))
    }

    func statementText(_ item: ScriptDocument.Item, _ document: ScriptDocument) -> String {
        let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = item.startLine - 1, last = min(item.endLine - 1, lines.count - 1)
        guard first >= 0, first <= last else { return "" }
        return lines[first...last].joined(separator: "\n")
    }

    /// Data files whose fingerprint differs from the script's header. A file the replay loaded is
    /// compared by the digest computed as it was read (or kept in the load cache); only files the
    /// replay did not load are read and hashed here.
    func changedSources(_ recorded: [DataSource], _ session: ShellSession) -> [ChangedSource] {
        let loaded = session.interpreter.workspace.sources
        return recorded.compactMap { source in
            let now: String
            if let read = loaded.first(where: { $0.path == source.path }) {
                now = read.sha256
            } else {
                let path = session.interpreter.resolve(source.path)
                guard case let .success(bytes) = RegularFile.read(path: path) else {
                    return ChangedSource(path: source.path, expected: source.sha256, actual: nil)
                }
                now = SHA256Hex.of(bytes)
            }
            return now == source.sha256 ? nil : ChangedSource(path: source.path, expected: source.sha256, actual: now)
        }
    }

    /// The script text with each item's `#>` lines replaced and the header's data lines refreshed.
    static func rewrite(_ document: ScriptDocument, _ actuals: [(item: ScriptDocument.Item, lines: [String])],
                        sources: [DataSource]) -> String {
        var lines = document.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (item, actual) in actuals.reversed() {
            let at = item.endLine
            lines.removeSubrange(at..<min(lines.count, at + item.recorded.count))
            let recorded = actual.map { $0.isEmpty ? ScriptDocument.resultPrefix : ScriptDocument.resultPrefix + " " + $0 }
            lines.insert(contentsOf: recorded, at: min(at, lines.count))
        }
        lines.removeAll { $0.hasPrefix("# data: ") }
        let headerEnd = lines.firstIndex { !$0.hasPrefix("# carebook ") } ?? 0
        let insertAt = lines.first?.hasPrefix("# carebook ") == true ? headerEnd : 0
        lines.insert(contentsOf: sources.map { "# " + $0.headerLine }, at: insertAt)
        return lines.joined(separator: "\n")
    }

    /// The report as text: one block per difference, then changed data files, then a summary line.
    public static func describe(_ r: Report) -> String {
        var out: [String] = []
        let name = r.file
        for m in r.missingData {
            out.append("\(name): data file \(m.path) is missing (looked for \(m.lookedFor); "
                       + "a relative path is read from the script's folder)")
        }
        for d in r.differences {
            out.append("\(name):\(d.line): result differs for: \(d.statement.split(separator: "\n").first ?? "")")
            out.append("  expected:")
            out += (d.expected.isEmpty ? ["(nothing)"] : d.expected).map { "    " + $0 }
            out.append("  actual:")
            out += (d.actual.isEmpty ? ["(nothing)"] : d.actual).map { "    " + $0 }
        }
        for c in r.changedSources {
            out.append("\(name): data file \(c.path) " + (c.actual == nil ? "is missing" : "has changed")
                       + " (recorded sha256:\(c.expected.prefix(12))…" + (c.actual.map { ", now \($0.prefix(12))…" } ?? "") + ")")
        }
        let n = r.differences.count
        out.append("\(name): \(r.items) statements, " + (r.passed ? "all match" : "\(n) differ\(n == 1 ? "s" : "")"
                   + (r.notReplayed == 0 ? "" : ", \(r.notReplayed) not replayed for missing data")
                   + (r.changedSources.isEmpty ? "" : ", \(r.changedSources.count) data file(s) changed")))
        return out.joined(separator: "\n")
    }
}

/// The statements of a session that succeeded, each with its rendered result.
///
/// `:save` writes it as a script; the journal writes each entry as it is added.
public struct SessionLog: Sendable {
    /// One logged statement (or `:mode` command) and its result lines.
    public struct Entry: Sendable, Equatable {
        public var text: String
        public var result: [String]

        public init(text: String, result: [String]) {
            self.text = text
            self.result = result
        }
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public mutating func append(_ entry: Entry) { entries.append(entry) }

    public var isEmpty: Bool { entries.isEmpty }
}

/// Writes scripts: a header naming the version and data fingerprints, then each
/// statement with its result beneath as `#> ` lines.
public enum ScriptWriter {
    public static func header(version: String, sources: [DataSource]) -> String {
        var lines = ["# carebook \(version) script: replay with `carebook FILE`, verify with `carebook check FILE`"]
        lines += sources.map { "# " + $0.headerLine }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One entry as script text: the statement, then its `#> ` lines.
    public static func entry(_ e: SessionLog.Entry) -> String {
        var lines = [e.text]
        lines += e.result.map { $0.isEmpty ? ScriptDocument.resultPrefix : ScriptDocument.resultPrefix + " " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A whole script.
    public static func script(version: String, sources: [DataSource], log: SessionLog) -> String {
        header(version: version, sources: sources) + "\n" + log.entries.map(entry).joined()
    }
}

import Foundation

/// Data paths in a saved script, rewritten relative to the script's own folder so that it replays
/// (and `carebook check` passes) from any working directory, as long as the script and its data
/// keep their places relative to each other.
enum ScriptPaths {
    /// The absolute, standardised path a `load` path resolved to in this session.
    static func absolute(_ path: String, _ interpreter: Interpreter) -> String {
        absolute(interpreter.resolve(path))
    }

    /// A path made absolute from the working directory, and standardised.
    static func absolute(_ path: String) -> String {
        let expanded = NSString(string: path).expandingTildeInPath
        let full = expanded.hasPrefix("/") ? expanded
            : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(expanded)
        return (full as NSString).standardizingPath
    }

    /// `target` as a path relative to the folder `base` (both absolute): `../data/header.csv`.
    static func relative(_ target: String, from base: String) -> String {
        let t = target.split(separator: "/"), b = base.split(separator: "/")
        var common = 0
        while common < t.count, common < b.count, t[common] == b[common] { common += 1 }
        let parts = [String](repeating: "..", count: b.count - common) + t[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The quoted path of a statement `load "PATH" …`, with the range of PATH in the text; nil for other statements.
    static func loadPath(in text: String) -> (range: Range<String.Index>, path: String)? {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let keyword = text.range(of: "load"), text[..<keyword.lowerBound].allSatisfy(blank) else { return nil }
        var i = keyword.upperBound
        guard i < text.endIndex, blank(text[i]) else { return nil }
        while i < text.endIndex, blank(text[i]) { i = text.index(after: i) }
        guard i < text.endIndex, text[i] == "\"" else { return nil }
        let start = text.index(after: i)
        guard let close = text[start...].firstIndex(of: "\"") else { return nil }
        let path = String(text[start..<close])
        return path.contains("\\") ? nil : (start..<close, path)
    }

    /// The session's log and sources with every data path made relative to `folder` (absolute).
    static func relocated(_ log: SessionLog, _ sources: [DataSource], to folder: String,
                          _ interpreter: Interpreter) -> (log: SessionLog, sources: [DataSource]) {
        var moved: [String: String] = [:]
        for s in sources { moved[s.path] = relative(absolute(s.path, interpreter), from: folder) }
        var out = SessionLog()
        for var entry in log.entries {
            if let (range, path) = loadPath(in: entry.text), let new = moved[path], new != path {
                entry.text.replaceSubrange(range, with: new)
                entry.result = entry.result.map { $0.replacingOccurrences(of: "loaded \(path) as ", with: "loaded \(new) as ") }
            }
            out.append(entry)
        }
        let relocatedSources = sources.map { s -> DataSource in
            var s = s
            s.path = moved[s.path] ?? s.path
            return s
        }
        return (out, relocatedSources)
    }
}

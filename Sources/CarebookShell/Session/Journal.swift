import Foundation

/// The running session written to disk as it goes, so a killed terminal loses nothing.
///
/// Journals live in `$CAREBOOK_HOME` (default `~/.carebook`), a folder readable by
/// the user only; each file is a script that `carebook --recover` replays.
public final class Journal {
    public let path: String
    private var headerWritten = false
    private var knownSources: [DataSource] = []
    /// The last write error, reported once by the shell.
    public private(set) var error: Diagnostic?

    public init(path: String) {
        self.path = path
    }

    /// The folder journals are kept in.
    public static var directory: String {
        if let home = ProcessInfo.processInfo.environment["CAREBOOK_HOME"], !home.isEmpty { return home }
        let home = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.carebook"
    }

    /// A new journal for this process, in the journal folder (keeping the ten newest).
    public static func start() -> Journal? {
        let dir = directory
        do { try PrivateFile.makeDirectory(dir) } catch { return nil }
        prune(dir, keep: 9)
        let stamp = Int(Date().timeIntervalSince1970)
        return Journal(path: "\(dir)/journal-\(stamp)-\(getpid()).cb")
    }

    /// The newest journal in the folder other than `excluding`.
    public static func latest(excluding: String? = nil) -> String? {
        journals(in: directory).last { $0 != excluding }
    }

    static func journals(in dir: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        let paths = names.filter { $0.hasPrefix("journal-") && $0.hasSuffix(".cb") }.map { "\(dir)/\($0)" }
        return paths.sorted { modified($0) < modified($1) }
    }

    static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }

    static func prune(_ dir: String, keep: Int) {
        let all = journals(in: dir)
        for old in all.dropLast(keep) { try? FileManager.default.removeItem(atPath: old) }
    }

    /// Appends one entry (and the header, and any newly loaded data file, first).
    public func append(_ entry: SessionLog.Entry, sources: [DataSource]) {
        var text = ""
        if !headerWritten {
            text += ScriptWriter.header(version: CarebookVersion.current, sources: []) + "\n"
            headerWritten = true
        }
        for s in sources where !knownSources.contains(s) {
            text += "# " + s.headerLine + "\n"
            knownSources.append(s)
        }
        text += ScriptWriter.entry(entry)
        do { try PrivateFile.append(text, to: path) } catch let d as Diagnostic { error = d } catch {}
    }
}

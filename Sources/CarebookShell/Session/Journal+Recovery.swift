import CarebookCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finding the journals `--recover` may replay: sessions that did not end cleanly and are not running.
extension Journal {
    /// A journal another session left: its path, how many statements and commands it holds, when last written.
    public struct Left: Sendable, Equatable {
        public var path: String
        public var items: Int
        public var written: Date
    }

    /// The journals in `dir` whose sessions did not end cleanly and are not running, newest first;
    /// journals with nothing in them are left out.
    public static func recoverable(in dir: String = directory) -> [Left] {
        journals(in: dir).reversed().compactMap { path in
            guard !isLive(path), let text = try? String(contentsOfFile: path, encoding: .utf8), !endedCleanly(text) else { return nil }
            let items = ScriptDocument(text: text).items.count
            return items == 0 ? nil : Left(path: path, items: items, written: modified(path))
        }
    }

    /// True when the journal's session is still running: it holds the journal's lock, or (for a journal
    /// from before locks) the process named in it is a running carebook.
    public static func isLive(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) != 0 { return errno == EWOULDBLOCK }
        flock(fd, LOCK_UN)
        guard let pid = pid(of: path), kill(pid, 0) == 0 || errno == EPERM else { return false }
        let command = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
        return command.trimmingCharacters(in: .whitespacesAndNewlines) == "carebook"
    }

    /// The process id in a journal's name, `journal-TIME-PID.cb`.
    static func pid(of path: String) -> Int32? {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return name.split(separator: "-").last.flatMap { Int32($0) }
    }

    static func endedCleanly(_ text: String) -> Bool {
        let last = text.split(separator: "\n").last.map(String.init) ?? ""
        return last == endLine || last.hasPrefix(recoveredLine)
    }

    /// Every journal in `dir`, oldest first.
    static func journals(in dir: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        let paths = names.filter { $0.hasPrefix("journal-") && $0.hasSuffix(".cb") }.map { "\(dir)/\($0)" }
        return paths.map { ($0, modified($0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
    }

    static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }

    /// Removes all but the `keep` newest journals, never one whose session is running.
    static func prune(_ dir: String, keep: Int) {
        for old in journals(in: dir).dropLast(keep) where !isLive(old) { unlink(old) }
    }
}

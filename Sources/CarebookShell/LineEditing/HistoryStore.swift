import CarebookCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shell's history file: private to the user, appended entry by entry.
///
/// One entry per line. An entry that spans several lines stays one entry:
/// newlines are written as `\n` and backslashes as `\\`. Each entry is
/// appended as soon as it is entered, so a killed terminal loses nothing.
/// The file is created with mode 0600, and an existing file is tightened to
/// 0600, because history may name children.
public struct HistoryStore: Sendable {
    /// How many of the most recent entries `load()` returns.
    public static let defaultLimit = 1_000

    /// The history file's path.
    public let path: String
    /// How many entries `load()` keeps.
    public let limit: Int

    public init(path: String, limit: Int = HistoryStore.defaultLimit) {
        self.path = path
        self.limit = limit
    }

    /// `$CAREBOOK_HISTORY` if set and non-empty, else `$HOME/.carebook_history`;
    /// nil when neither variable is available.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let explicit = environment["CAREBOOK_HISTORY"], !explicit.isEmpty { return explicit }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home.hasSuffix("/") ? home + ".carebook_history" : home + "/.carebook_history"
    }

    /// The store at the default path for this process's environment.
    public static func standard(limit: Int = HistoryStore.defaultLimit) -> HistoryStore? {
        var env: [String: String] = [:]
        for key in ["CAREBOOK_HISTORY", "HOME"] {
            if let value = getenv(key) { env[key] = String(cString: value) }
        }
        return defaultPath(environment: env).map { HistoryStore(path: $0, limit: limit) }
    }

    /// The most recent entries, oldest first (at most `limit`); creates the
    /// file if it is missing and makes it private.
    public func load() throws(Diagnostic) -> [String] {
        let fd = try openPrivately(flags: O_RDONLY | O_CREAT)
        defer { close(fd) }
        let bytes = try readAll(fd)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        return lines.suffix(limit).map { Self.unescape(String($0)) }
    }

    /// Like `load()`, but first rewrites the file to the most recent `limit`
    /// entries when it has grown past twice that, so it never grows without bound.
    public func loadTrimming() throws(Diagnostic) -> [String] {
        let fd = try openPrivately(flags: O_RDONLY | O_CREAT)
        let bytes: [UInt8]
        do { bytes = try readAll(fd) } catch { close(fd); throw error }
        close(fd)
        let lineCount = bytes.lazy.filter { $0 == UInt8(ascii: "\n") }.count
        if lineCount > 2 * limit { try compact() }
        return try load()
    }

    /// Appends one entry to the file (creating it, mode 0600, if needed).
    public func append(_ entry: String) throws(Diagnostic) {
        let fd = try openPrivately(flags: O_WRONLY | O_APPEND | O_CREAT)
        defer { close(fd) }
        let bytes = Array((Self.escape(entry) + "\n").utf8)
        try writeAll(fd, bytes)
    }

    /// Rewrites the file keeping only the most recent `limit` entries.
    public func compact() throws(Diagnostic) {
        let entries = try load()
        // A new, unpredictably named file (O_CREAT|O_EXCL|O_NOFOLLOW), renamed over the history.
        guard let (fd, temporary) = try? PrivateFile.createTemporary(for: path) else { throw failure("cannot write", path) }
        let text = entries.map { Self.escape($0) + "\n" }.joined()
        do { try writeAll(fd, Array(text.utf8)) } catch { close(fd); unlink(temporary); throw error }
        close(fd)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw failure("cannot replace", path)
        }
    }

    /// The file form of an entry: newlines as `\n`, backslashes as `\\`, CR as `\r`.
    public static func escape(_ entry: String) -> String {
        var out = ""
        out.reserveCapacity(entry.utf8.count)
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The entry a file line stands for (inverse of `escape`).
    public static func unescape(_ line: String) -> String {
        var out = ""
        var pendingBackslash = false
        for scalar in line.unicodeScalars {
            if pendingBackslash {
                switch scalar {
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(scalar)
                }
                pendingBackslash = false
            } else if scalar == "\\" {
                pendingBackslash = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if pendingBackslash { out += "\\" }
        return out
    }
}

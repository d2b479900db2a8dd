import CarebookCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The running session written to disk as it goes, so a killed terminal loses nothing.
///
/// Journals live in `$CAREBOOK_HOME` (default `~/.carebook`), a folder readable by the user only
/// (a folder that is a link, someone else's, or writable by others is not used). Each journal is a
/// script named `journal-TIME-PID.cb`, created new (`O_CREAT|O_EXCL|O_NOFOLLOW`, mode 0600) and held
/// under an exclusive `flock` while its session runs, so another carebook can tell it is live. A session
/// that ends cleanly says so on the journal's last line (or removes it when nothing was run);
/// `carebook --recover` offers only the others (`Journal.recoverable`).
public final class Journal {
    public let path: String
    private var fd: Int32 = -1
    private var headerWritten = false
    private var knownSources: [DataSource] = []
    /// The last write error, reported once by the shell.
    public private(set) var error: Diagnostic?

    /// The last line of a journal whose session ended cleanly.
    static let endLine = "# session ended cleanly"
    /// The last line of a journal whose statements were replayed into another session by `--recover`.
    static let recoveredLine = "# recovered into "

    public init(path: String) {
        self.path = path
    }

    deinit { if fd >= 0 { close(fd) } }

    /// The folder journals are kept in.
    public static var directory: String {
        if let home = ProcessInfo.processInfo.environment["CAREBOOK_HOME"], !home.isEmpty { return home }
        let home = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.carebook"
    }

    /// A new journal for this process in `dir` (keeping the ten newest), created and locked now; nil
    /// when the folder cannot be made or must not be used.
    public static func start(in dir: String = directory) -> Journal? {
        guard (try? PrivateFile.makeDirectory(dir)) != nil, PrivateFile.folderRefusal(dir) == nil else { return nil }
        prune(dir, keep: 9)
        let stamp = Int(Date().timeIntervalSince1970)
        let journal = Journal(path: "\(dir)/journal-\(stamp)-\(getpid()).cb")
        guard let fd = try? PrivateFile.openForAppending(journal.path, create: true) else { return nil }
        _ = flock(fd, LOCK_EX | LOCK_NB)
        journal.fd = fd
        return journal
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
        write(text)
    }

    /// The session ended cleanly: says so on the last line (or removes the journal if nothing was run), and lets go of it.
    public func finish() {
        if headerWritten { write(Self.endLine + "\n") } else { unlink(path) }
        if fd >= 0 { close(fd); fd = -1 }
    }

    /// Marks another session's journal as replayed into this one, so it is not offered again.
    public func markRecovered(_ other: String) {
        _ = try? PrivateFile.append(Self.recoveredLine + (path as NSString).lastPathComponent + "\n", to: other)
    }

    private func write(_ text: String) {
        do {
            if fd >= 0 {
                let ok = Array(text.utf8).withUnsafeBytes { bytes in
                    var offset = 0
                    while offset < bytes.count {
                        let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                        if n < 0 { if errno == EINTR { continue }; return false }
                        offset += n
                    }
                    return true
                }
                if !ok { throw Diagnostic("cannot write \(path): \(String(cString: strerror(errno)))") }
                fsync(fd)
            } else {
                try PrivateFile.append(text, to: path)
            }
        } catch let d as Diagnostic { error = d } catch {}
    }
}

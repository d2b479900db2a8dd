import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The cache folder's upkeep: which folder may be used, what an entry replaces, the size cap, clearing.
///
/// It is done when an entry is written (one listing of the folder), never at start-up.
extension LoadCache {
    /// The folder, when it may be used (it need not exist yet); nil when caching is off or the folder is
    /// refused, which the user is told once.
    func usableDirectory() -> String? {
        guard let directory else { return nil }
        if let why = CacheFolder.refusal(directory) {
            notices.add("the load cache is not used: \(why)")
            return nil
        }
        return directory
    }

    /// The folder, created (mode 0700, with any missing parents) if need be and checked again.
    func preparedDirectory() -> String? {
        guard let directory = usableDirectory(), (try? PrivateFile.makeDirectory(directory)) != nil else { return nil }
        return usableDirectory()
    }

    /// Why the folder is not used, if it is not (for `:cache`).
    public var refusal: String? { directory.flatMap(CacheFolder.refusal) }

    /// After `path` was written: removes the entries it replaces (same kind, for the same files, which
    /// have since changed), temporary files left by a process that is gone, and the least recently
    /// used entries while the cache holds more than `maximumBytes`.
    func tidy(_ directory: String, keeping path: String) {
        let name = (path as NSString).lastPathComponent
        let prefix = String(name.prefix(17)), kind = (name as NSString).pathExtension
        var entries: [(path: String, bytes: Int, used: Int64)] = []
        for other in Self.names(in: directory) where other != name {
            let full = directory + "/" + other
            if other.contains(".tmp-") {
                if Self.isAbandoned(temporary: other, at: full) { unlink(full) }
            } else if other.hasPrefix(prefix), other.hasSuffix("." + kind) {
                unlink(full)
            } else if let entry = Self.entryStat(full) {
                entries.append((full, entry.bytes, entry.used))
            }
        }
        if let entry = Self.entryStat(path) { entries.append((path, entry.bytes, Int64.max)) }
        var total = entries.reduce(0) { $0 + $1.bytes }
        for e in entries.sorted(by: { $0.used < $1.used }) where total > maximumBytes {
            if unlink(e.path) == 0 { total -= e.bytes }
        }
    }

    /// A temporary file (`ENTRY.tmp-PID-…`) whose process has ended, or that is over a day old.
    static func isAbandoned(temporary name: String, at path: String) -> Bool {
        guard let r = name.range(of: ".tmp-") else { return false }
        let pid = Int32(name[r.upperBound...].prefix { $0.isNumber }) ?? 0
        if pid <= 0 || (kill(pid, 0) != 0 && errno == ESRCH) { return true }
        guard let entry = entryStat(path) else { return false }
        return entry.used < (Int64(time(nil)) - 86_400) * 1_000_000_000
    }

    /// An entry's size and when it was last used (its modification time, which a read touches), in nanoseconds.
    static func entryStat(_ path: String) -> (bytes: Int, used: Int64)? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (Int(st.st_size), st.modifiedNanoseconds)
    }

    static func names(in directory: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    }

    /// The entries in the cache folder: how many, and their total size in bytes.
    public func usage() -> (entries: Int, bytes: Int) {
        entryFiles().reduce((0, 0)) { total, path in (total.0 + 1, total.1 + (Self.entryStat(path)?.bytes ?? 0)) }
    }

    /// Deletes every entry; returns how many were deleted.
    @discardableResult
    public func clear() -> Int {
        entryFiles().filter { unlink($0) == 0 }.count
    }

    private func entryFiles() -> [String] {
        guard let directory = usableDirectory() else { return [] }
        let kinds = Kind.allCases.map { "." + $0.rawValue }
        return Self.names(in: directory).filter { name in kinds.contains { name.hasSuffix($0) } || name.contains(".tmp-") }
            .map { directory + "/" + $0 }
    }
}

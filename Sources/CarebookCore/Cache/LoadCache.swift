import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The binary cache of loaded data: a CSV file's typed table, and the SSDA903 data set
/// built from a set of files, kept so that loading the same files again is near-instant.
///
/// Each entry is one file in `directory` (created 0700, entries 0600: they hold child-level
/// data), read back through a memory map. An entry is found by a key naming everything its
/// content depends on: the fingerprint of each source file (`FileFingerprint`: device, inode,
/// size, modification and change times), the name it was loaded as, and this program's own
/// fingerprint, so an edited file or a rebuilt carebook never reads a stale entry. A damaged
/// entry is deleted and treated as missing; any failure to read or write the cache only
/// means the data is read from the CSV as usual.
public struct LoadCache: Sendable {
    /// The folder holding the entries; nil when caching is off.
    public var directory: String?
    /// Files (or sets of files) smaller than this are not cached: they already load in milliseconds.
    public var minimumBytes: Int
    /// What this session found and kept (shared by copies of this value).
    public let counts = CacheCounts()

    public init(directory: String?, minimumBytes: Int = LoadCache.defaultMinimumBytes) {
        self.directory = directory
        self.minimumBytes = minimumBytes
    }

    public static let off = LoadCache(directory: nil)
    public static let defaultMinimumBytes = 1 << 20

    /// Settings from the environment: `CAREBOOK_CACHE` (a folder, or `off`), else
    /// `$XDG_CACHE_HOME/carebook`, else `~/.cache/carebook`; `CAREBOOK_CACHE_MIN_BYTES` for the size threshold.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> LoadCache {
        let minimum = env["CAREBOOK_CACHE_MIN_BYTES"].flatMap(Int.init) ?? defaultMinimumBytes
        if let setting = env["CAREBOOK_CACHE"], !setting.isEmpty {
            return ["off", "0", "no", "false"].contains(setting.lowercased()) ? .off : LoadCache(directory: setting, minimumBytes: minimum)
        }
        if let xdg = env["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return LoadCache(directory: xdg + "/carebook", minimumBytes: minimum) }
        if let home = env["HOME"], !home.isEmpty { return LoadCache(directory: home + "/.cache/carebook", minimumBytes: minimum) }
        return .off
    }

    /// The entry format; changed whenever the layout written by the codecs changes.
    static let format = "carebook cache 1"
    /// This program's own fingerprint: entries written by another build are never read.
    static let program = FileFingerprint(path: "/proc/self/exe")?.description ?? "unknown program"
    static let endMark = 0x0C0FFEE_CA4EB00C

    /// The entry for `key`, decoded; nil when there is none or it cannot be read.
    func read<T>(_ kind: Kind, key: String, _ decode: (inout CacheReader) throws -> T) -> T? {
        guard let path = entryPath(kind, key: key), let file = MappedFile(path: path) else {
            counts.add(\.misses)
            return nil
        }
        var reader = CacheReader(file.bytes)
        do {
            try Self.checkHeader(&reader, key: key)
            let value = try decode(&reader)
            guard try reader.int() == Self.endMark, reader.atEnd else { throw CacheDamage() }
            counts.add(\.hits)
            return value
        } catch {
            unlink(path)
            counts.add(\.misses)
            return nil
        }
    }

    /// The first item of the entry for `key` (written first by the encoder), without reading the rest.
    func peek<T>(_ kind: Kind, key: String, _ decode: (inout CacheReader) throws -> T) -> T? {
        guard let path = entryPath(kind, key: key), let file = MappedFile(path: path, whole: false) else { return nil }
        var reader = CacheReader(file.bytes)
        guard (try? Self.checkHeader(&reader, key: key)) != nil else { return nil }
        return try? decode(&reader)
    }

    /// Writes the entry for `key` (through a temporary file and a rename); false when it could not.
    @discardableResult
    func write(_ kind: Kind, key: String, _ encode: (inout CacheWriter) -> Void) -> Bool {
        guard let directory, let path = entryPath(kind, key: key) else { return false }
        guard (try? PrivateFile.makeDirectory(directory)) != nil else { return false }
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return false }
        var writer = CacheWriter(fd: fd)
        for part in [Self.format, Self.program, key] { writer.string(part) }
        encode(&writer)
        writer.int(Self.endMark)
        let ok = writer.finish()
        close(fd)
        guard ok, rename(temp, path) == 0 else { unlink(temp); return false }
        counts.add(\.writes)
        return true
    }

    /// Reads an entry's header: this format, this program, this key, or the entry is not ours to read.
    private static func checkHeader(_ reader: inout CacheReader, key: String) throws {
        for part in [format, program, key] {
            guard try reader.string() == part else { throw CacheDamage() }
        }
    }

    /// What an entry holds.
    enum Kind: String {
        /// A CSV file's table, what was skipped and its SHA-256.
        case table
        /// An SSDA903 data set built from one or more files.
        case careData = "care"
    }

    private func entryPath(_ kind: Kind, key: String) -> String? {
        directory.map { "\($0)/\(SHA256.hex(Array(key.utf8)).prefix(40)).\(kind.rawValue)" }
    }
}

extension LoadCache {
    /// The entries in the cache folder: how many, and their total size in bytes.
    public func usage() -> (entries: Int, bytes: Int) {
        entryFiles().reduce((0, 0)) { total, path in (total.0 + 1, total.1 + (FileFingerprint(path: path)?.size ?? 0)) }
    }

    /// Deletes every entry; returns how many were deleted.
    @discardableResult
    public func clear() -> Int {
        entryFiles().filter { unlink($0) == 0 }.count
    }

    private func entryFiles() -> [String] {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let kinds = Set([Kind.table, .careData].map { "." + $0.rawValue })
        return names.filter { name in kinds.contains { name.hasSuffix($0) } || name.contains(".tmp-") }
            .map { directory + "/" + $0 }
    }
}

/// How often a session's loads were answered from the cache, missed it, and added to it.
public final class CacheCounts: Sendable {
    public struct Tally: Sendable, Equatable {
        public var hits = 0
        public var misses = 0
        public var writes = 0
    }

    private let tally = Mutex(Tally())

    public var current: Tally { tally.withLock { $0 } }

    func add(_ field: WritableKeyPath<Tally, Int>) {
        tally.withLock { $0[keyPath: field] += 1 }
    }
}

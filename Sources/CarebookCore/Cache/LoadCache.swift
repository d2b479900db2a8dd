import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The binary cache of loaded data: a CSV file's typed table, the tables read from an XML return (903 or CIN
/// census), and the SSDA903 data set built from a set of files, kept so that loading the same files again is
/// near-instant.
///
/// Each entry is one file in `directory` (created 0700, entries 0600: they hold child-level
/// data), read back through a memory map. An entry is found by a key naming everything its
/// content depends on: the fingerprint of each source file (`FileFingerprint`: device, inode,
/// size, modification and change times), the name it was loaded as, and this program's own
/// fingerprint, so an edited file or a rebuilt carebook never reads a stale entry.
///
/// An entry ends with a checksum of all of it, verified before anything in it is used, and
/// every enum and code byte is range-checked as it is read: a damaged entry is deleted,
/// reported once (`notices`) and rebuilt, and never changes an answer. The folder is used only
/// when it is a real directory of this user's that no one else can write to (`CacheFolder`).
/// Any failure to read or write the cache only means the data is read from the CSV as usual.
public struct LoadCache: Sendable {
    /// The folder holding the entries; nil when caching is off.
    public var directory: String?
    /// Files (or sets of files) smaller than this are not cached: they already load in milliseconds.
    public var minimumBytes: Int
    /// The most the entries may hold together; the least recently used go first when a new one passes it.
    public var maximumBytes: Int
    /// What this session found and kept (shared by copies of this value).
    public let counts = CacheCounts()
    /// What the user should be told about the cache, once each (shared by copies of this value).
    public let notices = CacheNotices()

    public init(directory: String?, minimumBytes: Int = LoadCache.defaultMinimumBytes,
                maximumBytes: Int = LoadCache.defaultMaximumBytes) {
        self.directory = directory
        self.minimumBytes = minimumBytes
        self.maximumBytes = maximumBytes
    }

    public static let off = LoadCache(directory: nil)
    public static let defaultMinimumBytes = 1 << 20
    /// 2 GiB: the entries for a few data sets of a million episodes (about 100 MB each) and their tables.
    public static let defaultMaximumBytes = 2 << 30

    /// Settings from the environment: `CAREBOOK_CACHE` (a folder, or `off`), else
    /// `$XDG_CACHE_HOME/carebook`, else `~/.cache/carebook`; `CAREBOOK_CACHE_MIN_BYTES` for the size
    /// threshold; `CAREBOOK_CACHE_MAX_BYTES` for the cap on the whole cache.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> LoadCache {
        let minimum = env["CAREBOOK_CACHE_MIN_BYTES"].flatMap(Int.init) ?? defaultMinimumBytes
        let maximum = env["CAREBOOK_CACHE_MAX_BYTES"].flatMap(Int.init).map { max($0, 0) } ?? defaultMaximumBytes
        let make = { (dir: String) in LoadCache(directory: dir, minimumBytes: minimum, maximumBytes: maximum) }
        if let setting = env["CAREBOOK_CACHE"], !setting.isEmpty {
            return ["off", "0", "no", "false"].contains(setting.lowercased()) ? .off : make(setting)
        }
        if let xdg = env["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return make(xdg + "/carebook") }
        if let home = env["HOME"], !home.isEmpty { return make(home + "/.cache/carebook") }
        return .off
    }

    /// The entry format; changed whenever the layout written by the codecs changes.
    static let format = "carebook cache 2"
    /// This program's own fingerprint: entries written by another build are never read.
    static let program = (FileFingerprint(path: "/proc/self/exe") ?? Bundle.main.executablePath.flatMap(FileFingerprint.init))?
        .description ?? "unknown program"
    static let endMark = 0x0C0FFEE_CA4EB00C

    /// The entry for `key`, decoded; nil when there is none or it cannot be read.
    /// `identity` names what the entry is for (a file's absolute path); `shown` is how the user knows it, in the
    /// line a damaged entry is reported with (the identity when nil).
    func read<T>(_ kind: Kind, key: String, identity: String, shown: String? = nil,
                 _ decode: (inout CacheReader) throws -> T) -> T? {
        guard usableDirectory() != nil, let path = entryPath(kind, key: key, identity: identity),
              let file = MappedFile(path: path) else {
            counts.add(\.misses)
            return nil
        }
        var reader = CacheReader(file)
        do {
            try reader.verifyChecksum()
            // A sound entry for another format, build or key is not damage: it is only not ours to read.
            guard (try? Self.checkHeader(&reader, key: key)) != nil else { throw Stale() }
            let value = try decode(&reader)
            guard try reader.int() == Self.endMark else { throw CacheDamage() }
            _ = try reader.int()    // the checksum, verified above
            guard reader.atEnd else { throw CacheDamage() }
            counts.add(\.hits)
            CacheFolder.touch(path)
            return value
        } catch let damage as CacheDamage {
            unlink(path)
            notices.add("cache entry for \(shown ?? identity) was damaged (\(damage.reason)); deleted and rebuilt")
            counts.add(\.misses)
            return nil
        } catch {
            unlink(path)
            counts.add(\.misses)
            return nil
        }
    }

    /// An entry written by another format or build.
    private struct Stale: Error {}

    /// The first item of the entry for `key` (written first by the encoder), without reading the rest;
    /// `decode` checks the entry's checkpoint after it. Damage found here is left for `read` to report.
    func peek<T>(_ kind: Kind, key: String, identity: String, _ decode: (inout CacheReader) throws -> T) -> T? {
        guard usableDirectory() != nil, let path = entryPath(kind, key: key, identity: identity),
              let file = MappedFile(path: path, whole: false) else { return nil }
        var reader = CacheReader(file)
        guard (try? Self.checkHeader(&reader, key: key)) != nil else { return nil }
        return try? decode(&reader)
    }

    /// Writes the entry for `key` (through a new temporary file and a rename), then removes what it
    /// replaces and keeps the cache under its cap; false when it could not.
    @discardableResult
    func write(_ kind: Kind, key: String, identity: String, _ encode: (inout CacheWriter) -> Void) -> Bool {
        guard let directory = preparedDirectory(), let path = entryPath(kind, key: key, identity: identity),
              let (fd, temp) = try? PrivateFile.createTemporary(for: path) else { return false }
        var writer = CacheWriter(fd: fd)
        for part in [Self.format, Self.program, key] { writer.string(part) }
        encode(&writer)
        writer.int(Self.endMark)
        let ok = writer.finish()
        close(fd)
        guard ok, rename(temp, path) == 0 else { unlink(temp); return false }
        counts.add(\.writes)
        tidy(directory, keeping: path)
        return true
    }

    /// Reads an entry's header: this format, this program, this key, or the entry is not ours to read.
    private static func checkHeader(_ reader: inout CacheReader, key: String) throws {
        for part in [format, program, key] {
            guard try reader.string() == part else { throw CacheDamage() }
        }
    }

    /// What an entry holds.
    enum Kind: String, CaseIterable {
        /// A CSV file's table, what was skipped and its SHA-256.
        case table
        /// An SSDA903 data set built from one or more files.
        case careData = "care"
        /// The tables read from an XML return (903 or CIN census), with its warnings.
        case xml
    }

    /// `FOLDER/IIIIIIIIIIIIIIII-KKKK….kind`: the identity's hash first, so that the entries for one
    /// file (or set of files) can be found, and the older ones removed, without reading any.
    func entryPath(_ kind: Kind, key: String, identity: String) -> String? {
        directory.map { "\($0)/\(Self.identityPrefix(identity))\(SHA256Hex.of(key).prefix(40)).\(kind.rawValue)" }
    }

    static func identityPrefix(_ identity: String) -> String {
        SHA256Hex.of(identity).prefix(16) + "-"
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

#if canImport(Glibc)
import Glibc
#endif

/// The checks on the load cache's folder: it holds child-level data, so carebook uses it only when
/// no one else can read it or plant entries in it.
enum CacheFolder {
    /// Why the folder at `path` must not be used; nil when it may (or does not exist yet).
    static func refusal(_ path: String) -> String? { PrivateFile.folderRefusal(path) }

    /// Marks an entry as just used, for least-recently-used eviction.
    static func touch(_ path: String) {
        _ = utimensat(AT_FDCWD, path, nil, AT_SYMLINK_NOFOLLOW)
    }
}

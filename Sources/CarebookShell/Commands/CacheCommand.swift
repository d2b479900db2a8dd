import CarebookCore

extension CommandRegistry {
    /// `:cache` — where loaded data is kept between sessions, how much, and this session's use of it.
    static let cache = Command("cache", summary: "the load cache: where large loads are kept between sessions; clear it",
                               usage: ":cache [clear]", example: ":cache clear", arguments: ["clear"]) { session, args in
        let cache = session.interpreter.workspace.cache
        guard let directory = cache.directory else {
            return args.isEmpty ? .ok("the load cache is off (set CAREBOOK_CACHE to a folder to turn it on)")
                                : .failed("the load cache is off: nothing to clear")
        }
        if let why = cache.refusal {
            return args.isEmpty ? .ok("the load cache is not used: \(why)")
                                : .failed("the load cache is not used (\(why)): nothing cleared")
        }
        switch args.first {
        case nil:
            let (entries, bytes) = cache.usage()
            let t = cache.counts.current
            return .ok("""
                load cache: \(directory) (files of \(megabytes(cache.minimumBytes)) or more)
                  \(entries) entr\(entries == 1 ? "y" : "ies"), \(megabytes(bytes)) of at most \(megabytes(cache.maximumBytes))
                  this session: \(t.hits) read from the cache, \(t.misses) not in it, \(t.writes) written
                """)
        case "clear"?:
            let n = cache.clear()
            return .ok("deleted \(n) cache entr\(n == 1 ? "y" : "ies") from \(directory)")
        default:
            return .failed("say :cache to see the load cache, or :cache clear to empty it")
        }
    }

    /// "212.3 MB", "1 MB", "0 MB".
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}

import Foundation

/// The load cache's reader: valid entries (written once by loading the money fixtures, an XML return and
/// an XML census through a cache) are damaged as the input says, then read back through the ordinary `load` path, and the
/// data used. Whatever the damage, loading must give an answer or an error, never a crash.
///
/// Input: byte 0 picks the entry; bytes 1–2 give a length to cut it to (0xFFFF keeps it whole);
/// then each 3 bytes (offset high, offset low, value) set one byte, offsets wrapping.
final class CacheHarness {
    static let shared = CacheHarness()

    let folder: String
    let cache: LoadCache
    let statements: [Statement]
    /// The entries as written, by path.
    let entries: [(path: String, bytes: [UInt8])]

    init() {
        folder = NSTemporaryDirectory() + "carebook-fuzz-cache-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The money fixtures (their tables' and their data set's entries), an XML return and an XML census (an xml entry each).
        for (from, name) in [("money/header.csv", "header.csv"), ("money/episodes.csv", "episodes.csv"),
                             ("care/xml/return.xml", "return.xml"), ("cin/census.xml", "census.xml")] {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
            try? FileManager.default.copyItem(atPath: FuzzTarget.fixtures + "/" + from, toPath: folder + "/" + name)
        }
        cache = LoadCache(directory: folder + "/cache", minimumBytes: 0)
        statements = Parser.parse("""
            load "\(folder)/header.csv"
            load "\(folder)/episodes.csv"
            looked_after(on: 2017-06-30)
            load "\(folder)/return.xml"
            load "\(folder)/census.xml"
            return_episodes
            referrals(from: 2000-01-01, to: 2020-12-31)
            validate()
            """).statements
        Self.session(statements, cache)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/cache")) ?? []
        let dir = folder + "/cache/"
        entries = names.sorted().compactMap { name in
            let path = dir + name
            return FileManager.default.contents(atPath: path).map { (path, [UInt8]($0)) }
        }
        FileHandle.standardError.write(Data("cache harness: \(entries.count) entries to damage (\(entries.map(\.bytes.count)) bytes)\n".utf8))
        atexit { try? FileManager.default.removeItem(atPath: CacheHarness.shared.folder) }
    }

    /// Runs the statements in a fresh session using `cache`, turning every value into text.
    static func session(_ statements: [Statement], _ cache: LoadCache) {
        let interpreter = CarebookEngine.makeInterpreter(cache: cache)
        for s in statements {
            if case let .success(.value(v)) = interpreter.execute(s) { _ = String(describing: v) }
        }
    }

    func run(_ bytes: [UInt8]) {
        guard !entries.isEmpty, let pick = bytes.first else { return }
        let (path, original) = entries[Int(pick) % entries.count]
        var entry = original
        if bytes.count >= 3 {
            let cut = Int(bytes[1]) << 8 | Int(bytes[2])
            if cut != 0xFFFF { entry = Array(entry.prefix(cut % (entry.count + 1))) }
        }
        var i = 3
        while i + 2 < bytes.count, !entry.isEmpty {
            entry[(Int(bytes[i]) << 8 | Int(bytes[i + 1])) % entry.count] = bytes[i + 2]
            i += 3
        }
        _ = FileManager.default.createFile(atPath: path, contents: Data(entry))
        Self.session(statements, cache)
        // Reading may have deleted the damaged entry and written a good one: put the original back for the next input.
        _ = FileManager.default.createFile(atPath: path, contents: Data(original))
    }
}

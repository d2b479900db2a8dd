import Foundation
@testable import CarebookCore

/// A fresh temporary folder for one test, holding copies of repository files, removed afterwards.
struct ScratchFolder {
    let url: URL
    var path: String { url.path }

    /// Makes `<tmp>/cb-PREFIX-UUID` and copies each of `files` (paths from the repository's root) into it by name.
    init(_ prefix: String, copying files: [String] = []) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cb-\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for file in files {
            try FileManager.default.copyItem(at: CareFixtures.repository.appendingPathComponent(file),
                                             to: url.appendingPathComponent((file as NSString).lastPathComponent))
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// The example borough's files, as a list for `copying:`.
    static func borough(_ names: String...) -> [String] {
        names.map { "Datasets/example-borough/\($0)" }
    }
}

/// Runs each statement of `script` in a fresh interpreter using `cache`; every output as text.
func outputs(of script: String, cache: LoadCache) throws -> [String] {
    let interpreter = CarebookEngine.makeInterpreter(cache: cache)
    return try Parser.entries(script).map { entry in
        guard case let .statement(s) = entry else { throw Diagnostic("script does not parse") }
        switch try interpreter.run(s) {
        case .none: return ""
        case let .message(m): return m
        case let .sentence(p): return p.text
        case let .loaded(l): return String(describing: l)
        case let .ran(r): return String(describing: r)
        case let .value(v): return String(describing: v)
        }
    }
}

import Foundation

extension Interpreter {
    /// True for a path `load` reads as an XML return (by its extension).
    static func isXML(_ path: String) -> Bool {
        (path as NSString).pathExtension.lowercased() == "xml"
    }

    /// Loads an XML return: reads it into tables (an SSDA903 return or a CIN census, told by its root
    /// element), and passes each through the loaders as a CSV file's table would go, bound to the file's
    /// name and the table's suffix (`fake_903_episodes`). One summary lists what the file held. The tables read
    /// are kept in the load cache, keyed by the file's SHA-256: the same bytes are not parsed twice.
    func loadXML(_ file: LoadedFile, at range: SourceRange) throws -> Output {
        let bytes: [UInt8]
        switch RegularFile.read(path: file.resolvedPath) {
        case let .success(b): bytes = b
        case let .failure(f): throw Diagnostic(RegularFile.message(f, path: file.path, kind: "an XML file"), at: range)
        }
        let digest = BackgroundDigest(bytes)
        let cache = workspace.cache
        let (read, title): (XMLTables, String)
        if let kept = cache.xml({ digest.hex }, bytes: bytes.count, path: file.resolvedPath, name: file.path) {
            (read, title) = (kept.tables, kept.title)
        } else {
            (read, title) = try Self.readXML(bytes, name: file.path, at: range)
            try Interruption.check()
            // Keyed by the digest of the bytes parsed: a file changed while it was read is kept under its old content.
            cache.store(CachedXML(tables: read, title: title), sha256: digest.hex, bytes: bytes.count, path: file.resolvedPath, name: file.path)
        }
        let context = LoadContext(workspace: workspace, environment: environment)
        var parts: [LoadSummary] = []
        for (suffix, table) in read.tables {
            let part = LoadedFile(path: file.path, resolvedPath: file.resolvedPath + "#" + suffix,
                                  name: file.name + "_" + suffix, cacheKey: nil)
            let csv = CSVLoad(table: table.markingIdentifiers(), columnTypes: table.columns.map(\.type),
                              rowsRead: table.rowCount, skipped: [], skippedCount: 0, fileSize: bytes.count)
            guard let summary = try loaders.lazy.compactMap({ try $0.load(part, csv: csv, into: context, at: range) }).first else {
                throw Diagnostic("no loader understood the \(suffix) table of \(file.path)", at: range)
            }
            parts.append(summary)
        }
        workspace.addSource(DataSource(path: file.path, digest: digest, bytes: bytes.count))
        let empty = CSVLoad(table: .empty, columnTypes: [], rowsRead: 0, skipped: [], skippedCount: 0, fileSize: bytes.count)
        var summary = LoadSummary(file, csv: empty, kind: .xml(title: title, records: read.records),
                                  care: parts.contains { if case .ssda903 = $0.kind { true } else { false } } ? workspace.care.summary : nil)
        summary.parts = parts.map { var p = $0; p.care = nil; return p }
        summary.warnings = read.problems
        summary.warningCount = read.problemCount
        return .loaded(summary)
    }

    /// The file's tables and what it is, told by its root element; errors point at the `load` statement.
    static func readXML(_ bytes: [UInt8], name: String, at range: SourceRange) throws -> (XMLTables, String) {
        let checked = bytes.withUnsafeBufferPointer { XMLRecordReader(recordPaths: [], name: name).checkText($0) }
        if var d = checked {
            d.range = range
            d.file = nil
            throw d
        }
        let root = XMLRecordReader.rootName(bytes)
        let result: Result<XMLTables, Diagnostic>
        let title: String
        switch root {
        case SSDA903XML.root:
            title = "SSDA903 XML return"
            result = bytes.withUnsafeBufferPointer { SSDA903XML.read($0, name: name) }
        case CINCensusXML.root:
            title = "CIN census XML"
            result = bytes.withUnsafeBufferPointer { CINCensusXML.read($0, name: name) }
        default:
            let found = root.map { "its root element is <\($0)>" } ?? "it has no root element"
            throw Diagnostic("\(name) is not an SSDA903 return (<\(SSDA903XML.root)>) or a CIN census (<\(CINCensusXML.root)>): \(found)",
                             at: range)
        }
        switch result {
        case let .success(tables): return (tables, title)
        case var .failure(d):
            d.range = range
            d.file = nil
            throw d
        }
    }
}

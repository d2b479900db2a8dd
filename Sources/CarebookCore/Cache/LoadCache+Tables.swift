import Foundation

/// A CSV file or a workbook's sheet as the cache keeps it: the parsed load, the file as a data source
/// (its SHA-256 known from the cache, or still being computed for a file just read), and for a
/// workbook the sheet that was read.
struct CachedCSV {
    var load: CSVLoad
    var source: DataSource
    var sheet: String?
}

extension LoadCache {
    /// The key of a CSV file's entry: the file's fingerprint and the name it is loaded as (which messages and tables carry),
    /// and for a workbook the sheet asked for (none: the first).
    static func tableKey(_ file: FileFingerprint, name: String, sheet: String? = nil) -> String {
        "table\n\(file)\nname=\(name)" + (sheet.map { "\nsheet=\($0)" } ?? "")
    }

    /// What a table entry is for: the file, and the sheet asked for in a workbook (each sheet keeps its own
    /// entry; writing one removes the older entries of the same identity only).
    static func identity(_ file: FileFingerprint, _ sheet: String?) -> String {
        absolute(file.path) + (sheet.map { "\nsheet=\($0)" } ?? "")
    }

    /// A path made absolute from the working folder (entries for one file are grouped by it).
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// The cached load of a CSV file, if there is an entry for this very version of it.
    func csv(_ file: FileFingerprint, name: String, sheet: String? = nil) -> CachedCSV? {
        guard directory != nil, file.size >= minimumBytes else { return nil }
        return read(.table, key: Self.tableKey(file, name: name, sheet: sheet), identity: Self.identity(file, sheet), shown: name) { r in
            let load = try r.csvLoad()
            let source = DataSource(path: name, sha256: try r.string(), bytes: load.fileSize)
            let sheetRead = try r.string()
            return CachedCSV(load: load, source: source, sheet: sheetRead.isEmpty ? nil : sheetRead)
        }
    }

    /// Keeps a CSV file's load for next time (when the file is large enough to be worth it).
    func store(_ csv: CachedCSV, for file: FileFingerprint, name: String, sheet: String? = nil) {
        guard directory != nil, file.size >= minimumBytes else { return }
        write(.table, key: Self.tableKey(file, name: name, sheet: sheet), identity: Self.identity(file, sheet)) { w in
            w.csvLoad(csv.load)
            w.string(csv.source.sha256)
            w.string(csv.sheet ?? "")
        }
    }
}

extension CacheWriter {
    mutating func csvLoad(_ l: CSVLoad) {
        table(l.table)
        strings(l.columnTypes.map(\.rawValue))
        int(l.rowsRead)
        strings(l.skipped.map(\.file))
        raw(l.skipped.map(\.line))
        raw(l.skipped.map { $0.column ?? -1 })
        strings(l.skipped.map(\.message))
        int(l.skippedCount)
        int(l.fileSize)
    }

    mutating func table(_ t: Table) {
        string(t.origin)
        int(t.rowCount)
        int(t.columns.count)
        for c in t.columns { column(c) }
    }

    private mutating func column(_ c: Column) {
        string(c.name)
        bool(c.levels != nil)
        if let levels = c.levels { strings(levels) }
        switch c.storage {
        case let .numbers(v, percent): int(0); bool(percent); raw(v)
        case let .money(v): int(1); raw(v)
        case let .dates(v): int(2); raw(v)
        case let .durations(v): int(3); raw(v)
        case let .text(codes, dictionary): int(4); raw(codes); strings(dictionary)
        case let .bools(v): int(5); raw(v)
        }
    }
}

extension CacheReader {
    mutating func csvLoad() throws -> CSVLoad {
        let table = try table()
        let types = try strings().map { try ColumnType(rawValue: $0) ?? { throw CacheDamage() }() }
        let rowsRead = try int()
        let files = try strings(), lines = try raw(Int.self), columns = try raw(Int.self), messages = try strings()
        guard lines.count == files.count, columns.count == files.count, messages.count == files.count else { throw CacheDamage() }
        let skipped = files.indices.map {
            CSVProblem(file: files[$0], line: lines[$0], column: columns[$0] < 0 ? nil : columns[$0], message: messages[$0])
        }
        return CSVLoad(table: table, columnTypes: types, rowsRead: rowsRead, skipped: skipped,
                       skippedCount: try int(), fileSize: try int())
    }

    mutating func table() throws -> Table {
        let origin = try string()
        let rows = try int()
        let count = try int()
        guard count >= 0, count < 100_000 else { throw CacheDamage() }
        var columns: [Column] = []
        for _ in 0..<count {
            let c = try column()
            guard c.count == rows else { throw CacheDamage() }
            columns.append(c)
        }
        return Table(columns: columns, rowCount: rows, origin: origin)
    }

    private mutating func column() throws -> Column {
        let name = try string()
        let levels = try bool() ? try strings() : nil
        let storage: Column.Storage
        switch try int() {
        case 0:
            let percent = try bool()
            storage = .numbers(try raw(), percent: percent)
        case 1: storage = .money(try raw())
        case 2: storage = .dates(try raw())
        case 3:
            let mark = ByteRule.values([Duration(days: 0), nil] as [Duration?], byte: MemoryLayout<Duration>.size, at: 0)
            storage = .durations(try raw(checking: [mark]))
        case 4:
            let codes: [Int32] = try raw()
            let dictionary = try strings()
            guard codes.allSatisfy({ $0 >= -1 && Int($0) < dictionary.count }) else { throw CacheDamage.code }
            storage = .text(codes: codes, dictionary: dictionary)
        case 5: storage = .bools(try raw(checking: [ByteRule.values([true, false, nil] as [Bool?], at: 0)]))
        default: throw CacheDamage()
        }
        return Column(name: name, storage: storage, levels: levels)
    }
}

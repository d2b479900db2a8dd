/// An XML return (a 903 return or a CIN census) as the cache keeps it: the tables read from it with each row's
/// line in the file, what it is, and the reader's warnings, so loading the same file again skips the XML parser.
struct CachedXML {
    var tables: XMLTables
    var title: String
}

extension LoadCache {
    /// The key of an XML file's entry: its content's SHA-256 (the file is read whole anyway, to fingerprint it for
    /// `:save`) and the name it is loaded as, which its warnings and tables carry.
    static func xmlKey(sha256: String, name: String) -> String {
        "xml\nsha256=\(sha256)\nname=\(name)"
    }

    /// The tables read from an XML file before, if there is an entry for these very bytes. `digest` is asked for
    /// only when the cache is in use and the file is large enough to have been kept.
    func xml(_ digest: () -> String, bytes: Int, path: String, name: String) -> CachedXML? {
        guard directory != nil, bytes >= minimumBytes else { return nil }
        return read(.xml, key: Self.xmlKey(sha256: digest(), name: name), identity: Self.absolute(path), shown: name) { r in
            let title = try r.string()
            let records = try r.int()
            let suffixes = try r.strings()
            guard records >= 0, Set(suffixes).count == suffixes.count else { throw CacheDamage() }
            var tables: [(suffix: String, table: Table)] = []
            for suffix in suffixes {
                var table = try r.table()
                // Each row's line in the XML, which validation messages give (`return.xml:48`).
                if try r.bool() {
                    let lines = try r.raw(Int32.self)
                    guard lines.count == table.rowCount else { throw CacheDamage() }
                    table.rowLines = lines
                }
                tables.append((suffix, table))
            }
            let files = try r.strings(), lines = try r.raw(Int.self), columns = try r.raw(Int.self), messages = try r.strings()
            guard lines.count == files.count, columns.count == files.count, messages.count == files.count else { throw CacheDamage() }
            let problems = files.indices.map {
                CSVProblem(file: files[$0], line: lines[$0], column: columns[$0] < 0 ? nil : columns[$0], message: messages[$0])
            }
            let count = try r.int()
            guard count >= problems.count else { throw CacheDamage() }
            return CachedXML(tables: XMLTables(tables: tables, records: records, problems: problems, problemCount: count), title: title)
        }
    }

    /// Keeps the tables read from an XML file for next time (when the file is large enough to be worth it).
    func store(_ xml: CachedXML, sha256: String, bytes: Int, path: String, name: String) {
        guard directory != nil, bytes >= minimumBytes else { return }
        write(.xml, key: Self.xmlKey(sha256: sha256, name: name), identity: Self.absolute(path)) { w in
            w.string(xml.title)
            w.int(xml.tables.records)
            w.strings(xml.tables.tables.map(\.suffix))
            for (_, table) in xml.tables.tables {
                w.table(table)
                w.bool(table.rowLines != nil)
                if let lines = table.rowLines { w.raw(lines) }
            }
            let p = xml.tables.problems
            w.strings(p.map(\.file))
            w.raw(p.map(\.line))
            w.raw(p.map { $0.column ?? -1 })
            w.strings(p.map(\.message))
            w.int(xml.tables.problemCount)
        }
    }
}

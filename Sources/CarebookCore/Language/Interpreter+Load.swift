import Foundation

extension Interpreter {
    func load(_ pathExpr: Expr, alias: String?, sheet sheetExpr: Expr?, _ ev: Evaluator) throws -> Output {
        let v = try ev.evaluate(pathExpr)
        guard case let .text(path) = v else {
            throw Diagnostic("`load` needs a file path in quotes", at: pathExpr.range, hint: "for example: load \"Datasets/people.csv\"")
        }
        let sheet = try sheetExpr.map { e in
            guard case let .text(s) = try ev.evaluate(e) else {
                throw Diagnostic("`sheet:` needs a sheet name in quotes", at: e.range, hint: "for example: load \"tracker.xlsx\" sheet: \"Visits\"")
            }
            return (name: s, range: e.range)
        }
        let resolved = resolve(path)
        if path.lowercased().hasSuffix(".cb") {
            if let alias { throw Diagnostic("a script is run, not bound: `as \(alias)` does not apply", at: pathExpr.range) }
            return try runDefinitions(path, resolved, at: pathExpr.range)
        }
        let name = alias ?? Self.name(forPath: path)
        if Self.isXML(path) { return try loadXML(LoadedFile(path: path, resolvedPath: resolved, name: name), at: pathExpr.range) }
        let fingerprint = workspace.cache.directory == nil ? nil : FileFingerprint(path: resolved)
        var file = LoadedFile(path: path, resolvedPath: resolved, name: name,
                              cacheKey: fingerprint.map { LoadCache.tableKey($0, name: path, sheet: sheet?.name) })
        let read = try fingerprint.flatMap { workspace.cache.csv($0, name: path, sheet: sheet?.name) }
            ?? readTable(&file, fingerprint, sheet: sheet, at: pathExpr.range)
        file.sheet = read.sheet
        var csv = read.load
        csv.table = csv.table.markingIdentifiers()     // from the cache too: the flag is not stored there
        let context = LoadContext(workspace: workspace, environment: environment)
        for loader in loaders {
            if let summary = try loader.load(file, csv: csv, into: context, at: pathExpr.range) {
                workspace.addSource(read.source)
                return .loaded(summary)
            }
        }
        throw Diagnostic("no loader understood \(path)", at: pathExpr.range)
    }

    /// Reads and parses a CSV file or a workbook's sheet, fingerprinting it on the other core, and keeps the
    /// result in the load cache (a sheet with unreadable cells is not kept, so its warnings are said every time).
    private func readTable(_ file: inout LoadedFile, _ fingerprint: FileFingerprint?, sheet: (name: String, range: SourceRange)?,
                           at range: SourceRange) throws -> CachedCSV {
        let bytes: [UInt8]
        switch CSVReader.readBytes(path: file.resolvedPath) {
        case let .success(b): bytes = b
        case var .failure(d):
            d.range = range
            d.file = nil
            d.message = d.message.replacingOccurrences(of: file.resolvedPath, with: file.path)
            throw d
        }
        let digest = BackgroundDigest(bytes)    // fingerprinted on the other core while this one parses
        let (csv, sheetRead, warnings) = try parse(bytes, file, sheet: sheet, at: range)
        // Reading cannot stop half-way, but a Ctrl-C during it cancels the load before anything is bound.
        try Interruption.check()
        for w in warnings { workspace.warn(Diagnostic(w, at: range)) }
        let read = CachedCSV(load: csv, source: DataSource(path: file.path, digest: digest, bytes: bytes.count), sheet: sheetRead)
        // The file may have changed while it was read: only a version that stayed the same is kept.
        if let fingerprint, warnings.isEmpty, FileFingerprint(path: file.resolvedPath) == fingerprint, bytes.count == fingerprint.size {
            workspace.cache.store(read, for: fingerprint, name: file.path, sheet: sheet?.name)
        } else {
            file.cacheKey = nil
        }
        return read
    }

    /// The table in a file's bytes, read as its format needs; for a workbook, the sheet read and the
    /// cells that could not be read.
    private func parse(_ bytes: [UInt8], _ file: LoadedFile, sheet: (name: String, range: SourceRange)?,
                       at range: SourceRange) throws -> (CSVLoad, sheet: String?, warnings: [String]) {
        switch FileFormat.detect(path: file.resolvedPath, bytes: bytes) {
        case .csv:
            if let sheet {
                throw Diagnostic("`sheet:` is for Excel workbooks; \(file.path) is read as CSV", at: sheet.range)
            }
            return (try CSVTableLoader.parse(bytes, file, at: range), nil, [])
        case .xlsx:
            var workbook = try XLSXTableLoader.read(file, sheet: sheet, at: range)
            workbook.load.fileSize = bytes.count
            return (workbook.load, workbook.sheet, workbook.warnings)
        case .compoundFile:
            throw Diagnostic("\(file.path) is an old-style .xls or a password-protected workbook: save it as .xlsx (or CSV) and load that",
                             at: range)
        }
    }

    /// Where a `load` path points: an absolute path as given; a relative one from the running script's
    /// folder (as `:save` writes them, so a script replays from any working directory), else from the
    /// working directory (paths typed at the prompt, and older scripts). A file found in neither is
    /// reported at the script-relative place.
    public func resolve(_ path: String) -> String {
        let expanded = path.hasPrefix("~/") ? NSString(string: path).expandingTildeInPath : path
        if expanded.hasPrefix("/") { return expanded }
        guard let dir = scriptDirectory, !dir.isEmpty else { return expanded }
        let candidate = (dir as NSString).appendingPathComponent(expanded)
        if FileManager.default.fileExists(atPath: candidate) { return candidate }
        return FileManager.default.fileExists(atPath: expanded) ? expanded : candidate
    }

    /// A name made from a file name: "unit-costs 2016.csv" → `unit_costs_2016`.
    public static func name(forPath path: String) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var name = String(base.map { $0.isLetter || $0.isNumber ? Character($0.lowercased()) : "_" })
        while name.contains("__") { name = name.replacingOccurrences(of: "__", with: "_") }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: "_"))
        if name.isEmpty { return "data" }
        if name.first!.isNumber || Keyword(rawValue: name) != nil { name = "t_" + name }
        return name
    }

    func assertion(_ condition: Expr, _ message: Expr?, _ ev: Evaluator) throws {
        let v = try ev.evaluate(condition)
        guard case let .bool(ok) = v else {
            throw Diagnostic("`assert` needs a yes/no condition, not \(v.kind.withArticle)", at: condition.range)
        }
        if ok { return }
        var text = "assertion failed"
        if let m = message, case let .text(s) = try ev.evaluate(m) { text += ": " + s }
        var d = Diagnostic(text, at: condition.range)
        d.notes = try sides(of: condition, ev)
        throw d
    }

    /// "left: 521" / "right: 522" notes for a failed comparison or tolerance check.
    func sides(of condition: Expr, _ ev: Evaluator) throws -> [String] {
        switch condition.kind {
        case let .binary(op, l, r) where [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(op):
            return ["left:  \(try ev.evaluate(l).brief)", "right: \(try ev.evaluate(r).brief)"]
        case let .within(value, tolerance, target):
            return ["value:     \(try ev.evaluate(value).brief)", "target:    \(try ev.evaluate(target).brief)",
                    "tolerance: \(try ev.evaluate(tolerance).brief)"]
        default:
            return []
        }
    }
}

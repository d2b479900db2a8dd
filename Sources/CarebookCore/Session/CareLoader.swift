import Foundation

/// Loads SSDA903 files and the reference tables that shape them (placement
/// mapping, in-borough districts, population, indicator targets), recognised by their columns.
public struct CareLoader: DataLoader {
    public init() {}

    public func load(_ file: LoadedFile, csv: CSVLoad, into interpreter: Interpreter, at range: SourceRange) throws -> String? {
        let table = csv.table
        let env = interpreter.environment
        if let (kind, missing) = SSDA903Kind.incomplete(columnNames: table.columnNames) {
            throw Self.missingColumns(missing, kind: kind, file: file, at: range)
        }
        if let kind = SSDA903Kind.detect(columnNames: table.columnNames) {
            env.bind(file.name, .value(.table(table)))
            guard kind == .header || kind == .episodes else {
                return "loaded \(file.path) as \(file.name): \(kind.title), \(Money.groupThousands(String(table.rowCount))) rows (kept as a table)"
            }
            let identity = URL(fileURLWithPath: file.resolvedPath).standardizedFileURL.resolvingSymlinksInPath().path
            env.care.add(table, file: file.path, identity: identity, key: file.cacheKey, kind: kind)
            let summary = env.care.summary ?? ""
            var message = "loaded \(file.path) as \(file.name): \(kind.title), \(Money.groupThousands(String(table.rowCount))) rows"
            if csv.skippedCount > 0 { message += "\n" + CSVTableLoader.skippedLines(csv).joined(separator: "\n") }
            return message + "\n" + summary
        }
        return try reference(table, file, env, range)
    }

    /// `header.csv is an SSDA903 header file without a DOB column`: an error, not a plain table that answers 0.
    static func missingColumns(_ missing: [String], kind: SSDA903Kind, file: LoadedFile, at range: SourceRange) -> Diagnostic {
        let what = missing.count == 1 ? "\(missing[0]) column" : missing.joined(separator: ", ") + " columns"
        return Diagnostic("\(file.path) looks like an \(kind.title) file but has no \(what)", at: range,
                          hint: "an \(kind.title) file needs the columns " + kind.required.joined(separator: ", "))
    }

    /// Reference tables change how the care data is read; nil for any other CSV.
    func reference(_ table: Table, _ file: LoadedFile, _ env: Environment, _ range: SourceRange) throws -> String? {
        let names = Set(table.columnNames.map { $0.lowercased() })
        do {
            if names.isSuperset(of: ["place", "provider", "group"]) {
                env.care.mapping = try PlacementMapping(table: table)
                env.care.rebuild()
                env.bind(file.name, .value(.table(table)))
                return "loaded \(file.path) as \(file.name): placement-group mapping, \(env.care.mapping.groups.count) groups (now in use)"
            }
            if names == ["district"] || names == ["district", "name"] {
                let column = table.columnIndex(named: "district")!
                env.care.districts = Set((0..<table.rowCount).compactMap { row -> String? in
                    if case let .text(s) = table[row, column] { return s.uppercased() }
                    return nil
                })
                env.care.rebuild()
                env.bind(file.name, .value(.table(table)))
                return "loaded \(file.path) as \(file.name): \(env.care.districts!.count) in-borough postcode districts (now in use)"
            }
            if names.isSuperset(of: ["year", "population"]) {
                env.care.population = try Population(table: table)
                env.bind(file.name, .value(.table(table)))
                return "loaded \(file.path) as \(file.name): population 0–17 by year (now in use for rates per 10,000)"
            }
            if UnitCosts.recognises(columnNames: table.columnNames) {
                env.care.costs = try UnitCosts(table: table)
                env.bind(file.name, .value(.table(table)))
                return "loaded \(file.path) as \(file.name): unit costs for \(env.care.costs.entries.count) placement groups (now in use)"
            }
            if names.isSuperset(of: ["id", "red", "amber", "green"]) {
                env.care.catalogue = try IndicatorCatalogue.standard.withTargets(table)
                env.bind(file.name, .value(.table(table)))
                return "loaded \(file.path) as \(file.name): indicator targets for \(table.rowCount) indicators (now in use)"
            }
        } catch {
            var d = error
            d.range = range
            d.file = nil
            throw d
        }
        return nil
    }
}

import Foundation

/// Loads SSDA903 files and the reference tables that shape them (placement
/// mapping, in-borough districts, population, indicator targets), recognised by their columns.
public struct CareLoader: DataLoader {
    public init() {}

    public func load(_ file: LoadedFile, csv: CSVLoad, into context: LoadContext, at range: SourceRange) throws -> String? {
        let table = csv.table
        let workspace = context.workspace
        if let (kind, missing) = SSDA903Kind.incomplete(columnNames: table.columnNames) {
            throw Self.missingColumns(missing, kind: kind, file: file, at: range)
        }
        if let kind = SSDA903Kind.detect(columnNames: table.columnNames) {
            context.bind(file, table)
            guard kind == .header || kind == .episodes else {
                return "loaded \(file.path) as \(file.name): \(kind.title), \(Money.groupThousands(String(table.rowCount))) rows (kept as a table)"
            }
            let identity = URL(fileURLWithPath: file.resolvedPath).standardizedFileURL.resolvingSymlinksInPath().path
            workspace.care.add(table, file: file.path, identity: identity, key: file.cacheKey, kind: kind)
            let summary = workspace.care.summary ?? ""
            var message = "loaded \(file.path) as \(file.name): \(kind.title), \(Money.groupThousands(String(table.rowCount))) rows"
            if csv.skippedCount > 0 { message += "\n" + CSVTableLoader.skippedLines(csv).joined(separator: "\n") }
            return message + "\n" + summary
        }
        return try reference(table, file, context, range)
    }

    /// `header.csv is an SSDA903 header file without a DOB column`: an error, not a plain table that answers 0.
    static func missingColumns(_ missing: [String], kind: SSDA903Kind, file: LoadedFile, at range: SourceRange) -> Diagnostic {
        let what = missing.count == 1 ? "\(missing[0]) column" : missing.joined(separator: ", ") + " columns"
        return Diagnostic("\(file.path) looks like an \(kind.title) file but has no \(what)", at: range,
                          hint: "an \(kind.title) file needs the columns " + kind.required.joined(separator: ", "))
    }

    /// Reference tables change how the care data is read; nil for any other CSV.
    func reference(_ table: Table, _ file: LoadedFile, _ context: LoadContext, _ range: SourceRange) throws -> String? {
        let workspace = context.workspace
        let names = Set(table.columnNames.map { $0.lowercased() })
        do {
            if names.isSuperset(of: ["place", "provider", "group"]) {
                workspace.care.mapping = try PlacementMapping(table: table)
                workspace.care.rebuild()
                context.bind(file, table)
                return "loaded \(file.path) as \(file.name): placement-group mapping, \(workspace.care.mapping.groups.count) groups (now in use)"
            }
            if names == ["district"] || names == ["district", "name"] {
                let column = table.columnIndex(named: "district")!
                workspace.care.districts = Set((0..<table.rowCount).compactMap { row -> String? in
                    if case let .text(s) = table[row, column] { return s.uppercased() }
                    return nil
                })
                workspace.care.rebuild()
                context.bind(file, table)
                return "loaded \(file.path) as \(file.name): \(workspace.care.districts!.count) in-borough postcode districts (now in use)"
            }
            if names.isSuperset(of: ["year", "population"]) {
                workspace.care.population = try Population(table: table)
                context.bind(file, table)
                return "loaded \(file.path) as \(file.name): population 0–17 by year (now in use for rates per 10,000)"
            }
            if UnitCosts.recognises(columnNames: table.columnNames) {
                workspace.costs = try UnitCosts(table: table)
                context.bind(file, table)
                return "loaded \(file.path) as \(file.name): unit costs for \(workspace.costs.entries.count) placement groups (now in use)"
            }
            if names.isSuperset(of: ["id", "red", "amber", "green"]) {
                workspace.care.catalogue = try IndicatorCatalogue.standard.withTargets(table)
                context.bind(file, table)
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

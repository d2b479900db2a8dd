import Foundation

/// Loads SSDA903 files and the reference tables that shape them (placement
/// mapping, in-borough districts, population, indicator targets), recognised by their columns.
public struct CareLoader: DataLoader {
    public init() {}

    public func load(_ file: LoadedFile, csv: CSVLoad, into context: LoadContext, at range: SourceRange) throws -> LoadSummary? {
        let table = csv.table
        let workspace = context.workspace
        if let (kind, missing) = SSDA903Kind.incomplete(columnNames: table.columnNames) {
            throw Self.missingColumns(missing, kind: kind, file: file, at: range)
        }
        if let kind = SSDA903Kind.detect(columnNames: table.columnNames) {
            context.bind(file, table)
            let identity = URL(fileURLWithPath: file.resolvedPath).standardizedFileURL.resolvingSymlinksInPath().path
            workspace.care.add(table, file: file.path, identity: identity, key: file.cacheKey, kind: kind)
            return LoadSummary(file, csv: csv, kind: .ssda903(kind), care: workspace.care.summary)
        }
        return try reference(file, csv, context, range).map { LoadSummary(file, csv: csv, kind: $0) }
    }

    /// `header.csv is an SSDA903 header file without a DOB column`: an error, not a plain table that answers 0.
    static func missingColumns(_ missing: [String], kind: SSDA903Kind, file: LoadedFile, at range: SourceRange) -> Diagnostic {
        let what = missing.count == 1 ? "\(missing[0]) column" : missing.joined(separator: ", ") + " columns"
        return Diagnostic("\(file.path) looks like an \(kind.title) file but has no \(what)", at: range,
                          hint: "an \(kind.title) file needs the columns " + kind.required.joined(separator: ", "))
    }

    /// Reference tables change how the care data is read; nil for any other CSV.
    func reference(_ file: LoadedFile, _ csv: CSVLoad, _ context: LoadContext, _ range: SourceRange) throws -> LoadSummary.Kind? {
        let table = Self.targetsWithTextIDs(csv.table, path: file.resolvedPath)
        let workspace = context.workspace
        let names = Set(table.columnNames.map { $0.lowercased() })
        do {
            if names.isSuperset(of: ["place", "provider", "group"]) {
                workspace.care.mapping = try PlacementMapping(table: table)
                workspace.care.rebuild()
                context.bind(file, table)
                return .placementMapping(groups: workspace.care.mapping.groups.count)
            }
            if names == ["district"] || names == ["district", "name"] {
                let column = table.columnIndex(named: "district")!
                workspace.care.districts = Set((0..<table.rowCount).compactMap { row -> String? in
                    if case let .text(s) = table[row, column] { return s.uppercased() }
                    return nil
                })
                workspace.care.rebuild()
                context.bind(file, table)
                return .districts(workspace.care.districts!.count)
            }
            if names.isSuperset(of: ["year", "population"]) {
                workspace.care.population = try Population(table: table)
                context.bind(file, table)
                return .population
            }
            if UnitCosts.recognises(columnNames: table.columnNames) {
                workspace.costs = try UnitCosts(table: table)
                context.bind(file, table)
                return .unitCosts(groups: workspace.costs.entries.count)
            }
            if names.contains("bank_holiday") {
                workspace.bankHolidays = try BankHolidays(loading: table)
                context.bind(file, table)
                return .bankHolidays(workspace.bankHolidays.names.count, covered: workspace.bankHolidays.covered)
            }
            if names.isSuperset(of: ["id", "red", "amber", "green"]) {
                workspace.care.catalogue = try IndicatorCatalogue.standard.withTargets(table)
                context.bind(file, table)
                return .indicatorTargets(table.rowCount)
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

import Foundation

/// Loads Children in Need census tables (the DfE CIN validator's CSV shape: ChildIdentifiers, CINdetails,
/// Assessments, Section47, ChildProtectionPlans, …) and a local contacts table, recognised by their columns,
/// into the workspace's CIN data.
public struct CINLoader: DataLoader {
    public init() {}

    public func load(_ file: LoadedFile, csv: CSVLoad, into context: LoadContext, at range: SourceRange) throws -> LoadSummary? {
        let table = csv.table
        guard let (kind, missing) = CINKind.recognise(columnNames: table.columnNames) else { return nil }
        guard missing.isEmpty else {
            let what = missing.count == 1 ? "\(missing[0]) column" : missing.joined(separator: ", ") + " columns"
            throw Diagnostic("\(file.path) looks like a \(kind.title) table but has no \(what)", at: range,
                             hint: "a \(kind.title) table needs the columns " + kind.required.joined(separator: ", "))
        }
        context.bind(file, table)
        // One table of each kind per file: a census XML read as its nine tables keeps all nine.
        let identity = URL(fileURLWithPath: file.resolvedPath).standardizedFileURL.resolvingSymlinksInPath().path + "#" + kind.rawValue
        let resolved = URL(fileURLWithPath: file.resolvedPath).standardizedFileURL.resolvingSymlinksInPath().path
        let census = resolved.contains("#") ? String(resolved.prefix { $0 != "#" })
            : URL(fileURLWithPath: resolved).deletingLastPathComponent().path
        context.workspace.cin.add(CINSourceFile(table: table, file: file.path, kind: kind, identity: identity, census: census))
        var summary = LoadSummary(file, csv: csv, kind: .cin(kind))
        summary.cin = context.workspace.cin.summary
        return summary
    }
}

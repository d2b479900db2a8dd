/// `:write FILE NAME`: a table bound in the session, written as Parquet or CSV for other tools.
enum WriteCommand {
    static let write = Command(
        "write", summary: "write a table to a Parquet or CSV file for DuckDB, polars, pandas or Spark",
        usage: ":write FILE.parquet|FILE.csv NAME [--allow-ids]", example: ":write lac.parquet lac") { session, args in
        let words = args.filter { !$0.hasPrefix("--") }
        guard words.count == 2 else { return .failed("say where and what: :write FILE.parquet NAME (a table bound in this session)") }
        let (path, name) = (words[0], words[1])
        let lower = path.lowercased()
        guard lower.hasSuffix(".parquet") || lower.hasSuffix(".csv") else {
            return .failed("a table is written as FILE.parquet or FILE.csv, not \(path)")
        }
        guard case let .value(.table(table))? = session.interpreter.environment.lookup(name) else {
            let tables = session.interpreter.environment.names.filter {
                if case .value(.table)? = session.interpreter.environment.lookup($0) { true } else { false }
            }
            let hint = Suggest.nearest(to: name, in: tables).map { "; did you mean `\($0)`?" } ?? ""
            return .failed("no table named `\(name)`\(hint) (bind one first: lac = looked_after())")
        }
        let identifiers = table.columns.filter(\.isIdentifier).map(\.name)
        if session.settings.publishing != nil, !identifiers.isEmpty, !args.contains("--allow-ids") {
            return .failed("`\(name)` has child identifiers (\(identifiers.joined(separator: ", "))) and publishing is on; "
                           + "select other columns, or add --allow-ids to write them")
        }
        do {
            if lower.hasSuffix(".parquet") {
                try PrivateFile.writeAtomically(bytes: ParquetWriter.data(table), to: path)
            } else {
                try PrivateFile.writeAtomically(CSVWriter.write(table), to: path)
            }
        } catch {
            return .failed((error as? Diagnostic)?.message ?? "cannot write \(path)")
        }
        let rows = table.rowCount == 1 ? "1 row" : "\(NumberText.grouped(table.rowCount)) rows"
        return .ok("wrote \(path): \(name), \(rows) × \(table.columns.count) columns (readable by you only)")
    }
}

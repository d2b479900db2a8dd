import Foundation

/// The bundled data the interactive shell opens with.
public enum StartupData {
    /// Files loaded at start, relative to the `Datasets` folder, with the names they get:
    /// the synthetic example borough (903 header and episodes, its districts, population,
    /// unit costs and plans tracker) and the published monthly LAC counts.
    static let files: [(path: String, name: String)] = [
        ("example-borough/header.csv", "header"),
        ("example-borough/episodes.csv", "episodes"),
        ("example-borough/districts.csv", "districts"),
        ("example-borough/population.csv", "population"),
        ("example-borough/unit-costs.csv", "unit_costs"),
        ("example-borough/plans.csv", "plans"),
        ("published/lac-monthly.csv", "lac_monthly"),
    ]

    /// The `Datasets` folder: `$CAREBOOK_DATA`, else `./Datasets`, else next to the executable's package.
    public static func datasetsDirectory() -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["CAREBOOK_DATA"], !env.isEmpty { return env }
        if fm.fileExists(atPath: "Datasets") { return "Datasets" }
        var dir = (CommandLine.arguments[0] as NSString).deletingLastPathComponent
        if let resolved = try? fm.destinationOfSymbolicLink(atPath: CommandLine.arguments[0]) {
            dir = (resolved as NSString).deletingLastPathComponent
        }
        for _ in 0..<6 {
            let candidate = (dir as NSString).appendingPathComponent("Datasets")
            if fm.fileExists(atPath: candidate) { return candidate }
            dir = (dir as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// Loads the bundled files as ordinary, logged `load` statements.
    public static func load(into session: ShellSession, out: OutputSink) {
        guard let dir = datasetsDirectory() else {
            out.writeError("note: the bundled Datasets folder was not found; set CAREBOOK_DATA to its path\n")
            return
        }
        let statements = (files + censusFiles(dir)).map { file in
            "load \"\((dir as NSString).appendingPathComponent(file.path))\" as \(file.name)"
        }
        // The loads are ordinary, logged statements; their messages are summed up in one line.
        let quiet = CapturedOutput()
        for statement in statements { run(statement, session, quiet) }
        if !quiet.errors.isEmpty { out.writeError(quiet.errors) }
        // The as-at date: the data's last month end (the last day itself when it ends a month).
        if let last = session.interpreter.workspace.care.data?.dateRange?.last {
            let monthEnd = last == last.endOfMonth ? last : last.adding(months: -1).endOfMonth
            run("asat \(monthEnd.iso)", session, quiet)
        }
        let names = censusFiles(dir).map(\.name)
        let census = censusYears(dir).flatMap { years in
            names.first.map { "\(years), \(NumberText.counted(names.count, "table")) (\($0) … \(names.last!))" }
        }
        let lines = banner(session, census: census).split(separator: "\n").map(String.init)
        out.write(lines.flatMap { TextLayout.lines($0, width: session.settings.terminalWidth) }.joined(separator: "\n") + "\n")
    }

    /// The census tables of each year, in load order (a year's referrals before the tables under them), with the
    /// names they get: `cin15_children` … `cin15_reviews` for 2014-15.
    static let censusTables: [(file: String, name: String)] = [
        ("ChildIdentifiers", "children"), ("ChildCharacteristics", "characteristics"), ("Disabilities", "disabilities"),
        ("CINdetails", "referrals"), ("Assessments", "assessments"), ("CINplanDates", "plans"),
        ("Section47", "section47"), ("ChildProtectionPlans", "cpps"), ("Reviews", "reviews"),
    ]

    /// The census years bundled under `example-borough/cin/` (`2014-15`, …), oldest first.
    static func censusFolders(_ dir: String) -> [String] {
        let cin = (dir as NSString).appendingPathComponent("example-borough/cin")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cin)) ?? []
        return names.filter { $0.count == 7 && $0.dropFirst(4).first == "-" && Int($0.prefix(4)) != nil }.sorted()
    }

    /// The bundled census's tables, oldest year first, relative to the `Datasets` folder; those missing are left out.
    ///
    /// Loaded at start since a load no longer merges the tables loaded before it (27 tables: about 1 s of CPU in
    /// a debug build); the merge happens when a question first asks for the CIN data.
    static func censusFiles(_ dir: String) -> [(path: String, name: String)] {
        censusFolders(dir).flatMap { year in
            censusTables.map { ("example-borough/cin/\(year)/\($0.file).csv", "cin\(year.suffix(2))_\($0.name)") }
                .filter { FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent($0.0)) }
        }
    }

    /// The census years bundled under `example-borough/cin/` ("2014-15 to 2016-17"); nil when there are none.
    static func censusYears(_ dir: String) -> String? {
        let years = censusFolders(dir)
        guard let first = years.first, let last = years.last else { return nil }
        return first == last ? first : first + " to " + last
    }

    /// "example borough (synthetic): 1,873 children, 7,467 episodes · as at 2020-03-31 · also: …"; `census` describes
    /// the bundled census ("2014-15 to 2016-17, 27 tables (cin15_children … cin17_reviews)"), named when it is loaded.
    static func banner(_ session: ShellSession, census: String? = nil) -> String {
        let env = session.interpreter.environment
        var parts: [String] = []
        if let data = session.interpreter.workspace.care.data {
            parts.append("example borough (synthetic, no real child): \(NumberText.counted(data.children.count, "child", "children")), "
                         + "\(NumberText.counted(data.episodes.count, "episode"))")
        }
        if let asat = session.interpreter.workspace.asat { parts.append("as at \(asat.iso)") }
        var lines = [parts.joined(separator: ", ")]
        let tables = files.map(\.name).filter { env.lookup($0) != nil && $0 != "header" && $0 != "episodes" }
        if !tables.isEmpty { lines.append("also loaded: " + tables.joined(separator: ", ")) }
        if let census, session.interpreter.workspace.cin.summary != nil {
            lines.append("also loaded: the children-in-need census \(census); the tutorial “The front door” explains it")
        }
        lines.append("try: looked_after() by placement_group · scorecard() · :tutorial · :vars")
        return lines.joined(separator: "\n")
    }

    static func run(_ statement: String, _ session: ShellSession, _ out: OutputSink) {
        let document = ScriptDocument(text: statement)
        for item in document.items { session.perform(item, in: document, file: nil, out: out) }
    }
}

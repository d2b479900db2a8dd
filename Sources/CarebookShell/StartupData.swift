import Foundation

/// The bundled data the interactive shell opens with.
public enum StartupData {
    /// Files loaded at start, relative to the `Datasets` folder, with the names they get.
    static let files: [(path: String, name: String)] = [
        ("published/lac-monthly.csv", "lac_monthly"),
        ("published/unit-costs-2016.csv", "unit_costs"),
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
        for file in files {
            let path = (dir as NSString).appendingPathComponent(file.path)
            let statement = "load \"\(path)\" as \(file.name)"
            let document = ScriptDocument(text: statement)
            for item in document.items { session.perform(item, in: document, file: nil, out: out) }
        }
    }
}

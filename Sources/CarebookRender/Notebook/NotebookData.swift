import CarebookCore

/// A report's "Data" section as structure, for both renderers: a row per file loaded (the name it was
/// bound to, what it was taken to be, its rows and any malformed rows skipped), the care data set as the
/// loads left it with what was counted while loading it, the loads' warnings, and the files' fingerprints.
/// Counts are suppressed as the rest of a published report is (`Notebook.suppression`).
struct NotebookData {
    /// One file loaded, as the section's table shows it.
    struct File {
        var path: String, name: String, readAs: String, rows: String, skipped: String
    }

    var files: [File]
    /// True when some load skipped malformed rows (the table then has a `skipped` column).
    var anySkipped: Bool
    /// The care data set after the last SSDA903 load.
    var care: CareDataSummary?
    /// Rows excluded, repaired or read one way, and warnings counted, while loading the care data.
    var issues: [String]
    /// What the loads warned about, as the warnings read.
    var warnings: [String]
    var sources: [DataSource]
    /// The rule small counts are suppressed by, in a published report.
    var suppression: Suppression?

    /// The section for `notebook`; nil when it loaded nothing and read no file.
    init?(_ notebook: Notebook) {
        let loads = NotebookReport(notebook).loads
        guard !loads.isEmpty || !notebook.sources.isEmpty else { return nil }
        suppression = notebook.suppression
        let summaries = loads.flatMap(\.summaries)
        files = []
        anySkipped = summaries.contains { $0.skippedCount > 0 }
        care = summaries.last { $0.care != nil }?.care
        issues = []
        warnings = loads.flatMap(\.warnings)
        sources = notebook.sources
        files = summaries.map {
            File(path: $0.path, name: $0.name, readAs: $0.readAs, rows: count($0.rows), skipped: count($0.skippedCount))
        }
        let suppression = suppression
        issues = care.map { c in c.lines.dropFirst().map { suppression?.apply(toMessage: $0) ?? $0 } } ?? []
    }

    /// A count as the report shows it: grouped, or `c` when published and small.
    func count(_ n: Int) -> String {
        suppression?.isSmall(Double(n)) == true ? Suppression.mark : NumberText.grouped(n)
    }

    /// The care data set's figures as name and value: children, episodes, first and last day, files.
    var careFields: [(name: String, value: String)] {
        guard let c = care else { return [] }
        return [("children", count(c.children)), ("episodes", count(c.episodes)),
                ("from", c.span?.from.uk ?? "–"), ("to", c.span?.to.uk ?? "–"), ("files", NumberText.grouped(c.files))]
    }

    /// `11 children, 24 episodes, 01/03/2014 to 15/03/2017, from 2 files`.
    var careSentence: String? {
        guard let c = care else { return nil }
        let span = c.span.map { ", \($0.from.uk) to \($0.to.uk)" } ?? ""
        return "\(count(c.children)) children, \(count(c.episodes)) episodes\(span), from \(c.files) "
            + (c.files == 1 ? "file" : "files")
    }

    /// The table's headers and rows as text.
    var table: (headers: [String], rightAligned: [Bool], rows: [[String]]) {
        let headers = ["file", "as", "read as", "rows"] + (anySkipped ? ["skipped"] : [])
        let rows = files.map { [$0.path, $0.name, $0.readAs, $0.rows] + (anySkipped ? [$0.skipped] : []) }
        return (headers, headers.map { $0 == "rows" || $0 == "skipped" }, rows)
    }

    /// A file's size, grouped.
    static func bytes(_ source: DataSource) -> String { NumberText.grouped(source.bytes) }
}

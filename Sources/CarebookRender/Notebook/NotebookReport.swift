/// A notebook arranged as a report a manager could send on: the prose and results in the order
/// written, with the statements that only load data taken out of the flow and listed in a "Data"
/// section at the end, beside the files' fingerprints (`NotebookData`).
///
/// A load is a statement whose result is what it loaded (`NotebookResult.loaded`), not one whose code
/// reads `load …`. A load that failed stays where it was, so its error is read in place; so does one
/// whose summary publishing had to change (it named a child), shown as its screened text.
public struct NotebookReport: Sendable {
    /// One load statement, what it loaded, and the warnings it gave.
    public struct Load: Sendable {
        public var code: String
        public var summaries: [LoadSummary]
        public var warnings: [String]
    }

    /// The cells of the report's body, loads taken out.
    public var cells: [NotebookCell]
    /// The loads, in the order the script ran them.
    public var loads: [Load]

    public init(_ notebook: Notebook) {
        cells = []
        loads = []
        var i = 0
        let all = notebook.cells
        while i < all.count {
            guard case let .code(text, _) = all[i], let (load, end) = Self.load(text, all, after: i) else {
                cells.append(all[i])
                i += 1
                continue
            }
            loads.append(load)
            i = end
        }
    }

    /// The load made by the code cell at `index`, and the index after its cells; nil unless the cells
    /// beneath it are warnings and at least one typed load summary.
    static func load(_ code: String, _ cells: [NotebookCell], after index: Int) -> (Load, Int)? {
        var j = index + 1, summaries: [LoadSummary] = [], warnings: [String] = []
        scan: while j < cells.count {
            switch cells[j] {
            case let .result(.loaded(s)): summaries.append(s)
            case let .warning(w): warnings.append(w)
            default: break scan
            }
            j += 1
        }
        return summaries.isEmpty ? nil : (Load(code: code, summaries: summaries, warnings: warnings), j)
    }
}

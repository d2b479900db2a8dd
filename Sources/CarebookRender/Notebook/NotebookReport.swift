/// A notebook arranged as a report a manager could send on: the prose and results in the order
/// written, with the statements that only load data taken out of the flow and listed in a "Data"
/// section at the end, beside the files' fingerprints.
///
/// A load that failed stays where it was, so its error is read in place.
public struct NotebookReport: Sendable {
    /// One `load` statement, what it loaded (when publishing left its summary whole) and what it said
    /// (each line of its summary, message or warnings).
    public struct Load: Sendable {
        public var code: String
        public var summaries: [LoadSummary]
        public var lines: [String]
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
            guard case let .code(text, _) = all[i], Self.isLoad(text) else {
                cells.append(all[i])
                i += 1
                continue
            }
            var j = i + 1, lines: [String] = [], summaries: [LoadSummary] = [], failed = false
            scan: while j < all.count {
                switch all[j] {
                case let .result(.loaded(s)):
                    summaries.append(s)
                    lines += s.text.split(separator: "\n").map(String.init)
                case let .result(.message(m)), let .warning(m): lines += m.split(separator: "\n").map(String.init)
                case .error: failed = true; break scan
                default: break scan
                }
                j += 1
            }
            if failed {
                cells += all[i..<j]
            } else {
                loads.append(Load(code: text, summaries: summaries, lines: lines))
            }
            i = j
        }
    }

    /// True for a statement that only loads a file: `load "…"` or `load "…" as name`.
    static func isLoad(_ code: String) -> Bool {
        let trimmed = code.drop { $0 == " " }
        return trimmed.hasPrefix("load ") && !trimmed.contains("\n")
    }
}

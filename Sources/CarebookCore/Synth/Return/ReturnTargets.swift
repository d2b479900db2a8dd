/// The published return-indicator figures a synthetic borough's other 903 tables are tuned to (`return-targets.csv`).
public struct ReturnTargets: Sendable {
    public var targets: [ReturnTarget]

    public init(targets: [ReturnTarget]) { self.targets = targets }

    /// Parses the file text (a header line, then one target a line; `#` lines are comments); errors name the line and column.
    public static func parse(_ text: String, file: String? = nil) -> Result<ReturnTargets, Diagnostic> {
        var out: [ReturnTarget] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if n == 0 || line.trimmingSpaces.isEmpty || line.hasPrefix("#") { continue }
            switch ReturnTarget.parse(line, line: n + 1, file: file) {
            case let .success(t): out.append(t)
            case let .failure(d): return .failure(d)
            }
        }
        guard !out.isEmpty else { return .failure(Diagnostic("the return targets file has no targets", file: file)) }
        return .success(ReturnTargets(targets: out))
    }

    /// The targets of one indicator, in file order.
    public func of(_ indicator: ReturnTarget.Indicator) -> [ReturnTarget] { targets.filter { $0.indicator == indicator } }
}

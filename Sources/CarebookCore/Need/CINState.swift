import Synchronization

/// The workspace's Children in Need census data: the CIN tables and contacts loaded so far, built into
/// one `CINDataSet` the first time a question asks for it, once, and kept until another file is loaded.
///
/// A load adds the table and its tally (its rows read once, on their own); the load summary adds up the
/// tallies, so loading the census's 27 tables merges them once, not 27 times.
public struct CINState: Sendable {
    public private(set) var sources: [CINSourceFile] = []
    private var pending: PendingCINData?

    public init() {}

    /// Adds a table; loading the same file again (by its resolved path) replaces it.
    mutating func add(_ source: CINSourceFile) {
        sources.removeAll { $0.identity == source.identity }
        sources.append(source)
        pending = PendingCINData(sources)
    }

    /// The merged data set; nil before any CIN table is loaded.
    public var data: CINDataSet? { pending?.value }

    /// The records the merge left out that the load summary (the tables as read) could not know of, by rule:
    /// an assessment, S47 or plan whose referral is not loaded or was left out (CIN07). Given once per merge, to the
    /// first question that builds it, so a count that went down from the one the load showed never comes silently.
    func takeMergeExclusions() -> [CINSummary.RuleCount] {
        guard let pending, pending.takeFirstUse(), let read = summary else { return [] }
        let readExcluded = Dictionary(read.issues.filter { $0.outcome == .excluded }.map { ($0.rule, $0.count) }, uniquingKeysWith: +)
        return pending.value.summary.issues.compactMap { merged in
            guard merged.outcome == .excluded else { return nil }
            let extra = merged.count - (readExcluded[merged.rule] ?? 0)
            guard extra > 0 else { return nil }
            var count = merged
            count.count = extra
            return count
        }
    }

    /// The tables as read, added up without merging them (`CINTally`); nil before any CIN table is loaded.
    public var summary: CINSummary? {
        sources.isEmpty ? nil : CINSummary(tallies: sources.compactMap(\.tally))
    }

    /// Whether the merged data set has been built since the last load (for tests of when the merge happens).
    var isBuilt: Bool { pending?.isBuilt ?? false }
}

/// A CIN data set built once, the first time it is asked for, whichever thread asks.
final class PendingCINData: Sendable {
    private let sources: [CINSourceFile]
    private let built = Mutex<CINDataSet?>(nil)
    private let used = Mutex(false)

    init(_ sources: [CINSourceFile]) { self.sources = sources }

    var isBuilt: Bool { built.withLock { $0 != nil } }

    /// True the first time it is asked, false after.
    func takeFirstUse() -> Bool { used.withLock { first in defer { first = true }; return !first } }

    var value: CINDataSet {
        built.withLock { data in
            if let data { return data }
            let made = CINDataSet(sources: sources)
            data = made
            return made
        }
    }
}

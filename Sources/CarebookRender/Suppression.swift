/// Small-number suppression for published reports: counts below a threshold shown as `c`.
///
/// The rules, applied to every table, value and chart of a published report:
///
/// 1. **Primary suppression.** A count `n` with `0 < n < threshold` (default 5) is shown as `c`.
///    Zero is shown: "nobody" identifies no one.
/// 2. **Secondary suppression.** A suppressed count must not be recoverable by subtraction
///    from a total. Every *line* of a table is checked: each count column (its total is taken
///    to be known — either a total row is shown or the figure is published elsewhere), and each
///    row when the table has a total column. A line with exactly one suppressed part gets its
///    smallest unsuppressed part (zeros included; the first on ties) suppressed too; when no part
///    is left, its total is suppressed instead. Suppressing a cell can expose another line, so
///    the checks repeat until nothing changes (a fixed point; each pass only adds cells, so it ends).
/// 3. **Percentages.** In a row where any count is suppressed, every percentage is shown as `c`
///    (a share of a suppressed count would reveal it). Every other published percentage is
///    rounded to the nearest whole percent, halves away from zero (12.5% → 13%).
/// 4. **Lone values.** A whole number `0 < n < threshold` on its own (`count ooa`) or in a record
///    is shown as `c`; a lone percentage is rounded as in 3. Money is not suppressed.
/// 5. **Child identifiers** are withheld first, wherever they appear (`IdentifierScreen`, passed to
///    `apply(to: Output, screen:)`).
///
/// Count columns are number columns (not percents) whose values are all whole and not negative,
/// and whose name does not say it is something else (`age`, `year`, `weeks…`, `days`, `month`,
/// `rank`, `line`, `id`). A total row is one whose first text cell starts with "total" or is "all";
/// a total column is a count column named `total…` or `all`.
public struct Suppression: Sendable, Equatable {
    /// Counts below this are suppressed.
    public var threshold: Int

    /// What a suppressed cell shows.
    public static let mark = "c"
    public static let defaultThreshold = 5

    public init(threshold: Int = Suppression.defaultThreshold) {
        self.threshold = max(1, threshold)
    }

    /// The sentence a published report shows to say the rules were applied.
    public var notice: String {
        "Published with small-number suppression: counts below \(threshold) are shown as c, and further counts "
            + "are suppressed where a suppressed one could be worked out from a total; percentages are rounded "
            + "to whole numbers and shown as c where based on a suppressed count."
    }

    /// True when `x` is a count that primary suppression hides.
    public func isSmall(_ x: Double) -> Bool {
        x > 0 && x < Double(threshold) && x == x.rounded()
    }

    /// Which cells of a grid of counts are suppressed, primary and secondary, to a fixed point.
    ///
    /// `counts[row][column]`; nil is an empty cell (never suppressed, never a candidate).
    public func mask(_ counts: [[Double?]], totalRow: Int? = nil, totalColumn: Int? = nil) -> [[Bool]] {
        var mask = counts.map { row in row.map { $0.map(isSmall) ?? false } }
        let columns = counts.first?.count ?? 0
        let rows = counts.indices.filter { $0 != totalRow }
        let parts = (0..<columns).filter { $0 != totalColumn }
        var lines: [(parts: [(Int, Int)], total: (Int, Int)?)] = (0..<columns).map { c in
            (rows.map { ($0, c) }, totalRow.map { ($0, c) })
        }
        if let totalColumn {
            lines += counts.indices.map { r in (parts.map { (r, $0) }, (r, totalColumn)) }
        }
        var changed = true
        while changed {
            changed = false
            for line in lines where protect(line.parts, total: line.total, counts, &mask) { changed = true }
        }
        return mask
    }

    /// Secondary suppression on one line; true when it suppressed another cell.
    func protect(_ parts: [(Int, Int)], total: (Int, Int)?, _ counts: [[Double?]], _ mask: inout [[Bool]]) -> Bool {
        guard parts.filter({ mask[$0.0][$0.1] }).count == 1 else { return false }
        var best: (Int, Int)?
        for (r, c) in parts where !mask[r][c] {
            guard let x = counts[r][c] else { continue }
            if let b = best, counts[b.0][b.1]! <= x { continue }
            best = (r, c)
        }
        if let (r, c) = best ?? total.flatMap({ counts[$0.0][$0.1] != nil && !mask[$0.0][$0.1] ? $0 : nil }) {
            mask[r][c] = true
            return true
        }
        return false
    }

    /// A percentage as published: rounded to a whole percent, halves away from zero.
    public func rounded(percent x: Double) -> Double {
        (x * 100).rounded(.toNearestOrAwayFromZero) / 100
    }
}

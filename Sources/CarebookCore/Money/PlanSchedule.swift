/// When the children of a plan move: one date, phases, or each child's own date.
///
/// Phases are taken in the cohort's row order: with `6 by 30 Sep 2019, 4 by 31 Aug 2020,
/// the rest by 30 Sep 2020`, the first six rows move on 30 Sep 2019, and so on. A phase's
/// "by" date is used as the move date (the latest the move can happen, so the saving is not overstated).
public enum PlanSchedule: Sendable {
    case single(Day)
    /// Counts and dates; a nil count is "the rest".
    case phased([(count: Int?, by: Day)])
    /// Each row's date from a column of the cohort (a tracker's target date).
    case column(String)

    /// The move date of each of `rows` children; `columnDates` are the named column's cells when the schedule is `.column`.
    public func dates(rows: Int, columnDates: [Day?] = []) throws(Diagnostic) -> [Day] {
        switch self {
        case let .single(day):
            return Array(repeating: day, count: rows)
        case let .column(name):
            var out: [Day] = []
            for (i, d) in columnDates.enumerated() {
                guard let d else { throw Diagnostic("row \(i + 1) has no date in `\(name)`", hint: "give those children a date, or filter them out first") }
                out.append(d)
            }
            return out
        case let .phased(phases):
            return try phasedDates(phases, rows: rows)
        }
    }

    private func phasedDates(_ phases: [(count: Int?, by: Day)], rows: Int) throws(Diagnostic) -> [Day] {
        var out: [Day] = []
        for (i, phase) in phases.enumerated() {
            if let n = phase.count {
                guard n >= 0 else { throw Diagnostic("a phase cannot move \(n) children") }
                out += Array(repeating: phase.by, count: n)
            } else {
                guard i == phases.count - 1 else { throw Diagnostic("\"rest\" must be the last phase") }
                out += Array(repeating: phase.by, count: max(0, rows - out.count))
            }
        }
        guard out.count == rows else {
            throw Diagnostic("the schedule moves \(NumberText.counted(out.count, "child", "children")) but the cohort has \(NumberText.grouped(rows))",
                             hint: "end the schedule with \"rest\" and a date to move everyone else")
        }
        return out
    }

    /// The schedule in words, for a plan's description.
    public var text: String {
        switch self {
        case let .single(d): "by \(d.iso)"
        case let .column(name): "on each child's \(name)"
        case let .phased(phases):
            phases.map { ($0.count.map(String.init) ?? "the rest") + " by " + $0.by.iso }.joined(separator: ", ")
        }
    }
}

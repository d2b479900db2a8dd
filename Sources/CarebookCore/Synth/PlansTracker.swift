/// A synthetic "Right Child Right Care" plans tracker for a data set: one plan per child in scope, with target date and status.
///
/// Plans are opened for children looked after on `planStart` whose situation
/// fits a workstream (adoption; return home; foster care to SGO/CAO; Reg 24 /
/// S38(6); out-of-area step-down). Status is read from what the data says
/// happened by `asAt`: `achieved` (left care, or stepped down, by the plan's
/// route), `out of scope` (left another way), `overdue` or `on track`.
public struct PlansTracker {
    public let data: CareDataSet
    public let planStart: Day
    public let asAt: Day
    public let seed: UInt64

    public init(data: CareDataSet, planStart: Day, asAt: Day, seed: UInt64) {
        self.data = data
        self.planStart = planStart
        self.asAt = asAt
        self.seed = seed
    }

    /// The workstreams, in the tracker's order.
    public static let workstreams = ["Adoption", "Return home", "Foster care to SGO/CAO", "Reg 24/S38(6)", "OoA step-down"]

    /// The tracker as CSV bytes: child, workstream, plan_start, target_date, status, placement_group, closed_date.
    public func csv() -> [UInt8] {
        var out = Array("child,workstream,plan_start,target_date,status,placement_group,closed_date\n".utf8)
        let snapshot = data.lookedAfter(on: planStart)
        let leavers = data.leavers(from: planStart.adding(days: 1), to: asAt)
        let later = data.lookedAfter(on: asAt)
        var rng = SplitMix64(seed: seed, stream: 0x504C414E)
        for row in 0..<snapshot.rowCount {
            guard let id = text(snapshot, "child", row), let stream = workstream(snapshot, row, &rng) else { continue }
            let months = [6, 3, 6, 3, 9][stream] + rng.below([7, 4, 7, 4, 10][stream])
            let target = planStart.adding(months: months)
            let (status, closed) = outcome(id, stream: stream, target: target, leavers: leavers, later: later)
            let group = text(snapshot, "placement_group", row) ?? ""
            let fields = [id, PlansTracker.workstreams[stream], planStart.iso, target.iso, status,
                          group.contains(",") ? "\"\(group)\"" : group, closed?.iso ?? ""]
            out.append(contentsOf: fields.joined(separator: ",").utf8)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// The workstream a looked-after child's plan belongs to, if any (`workstreams` index).
    func workstream(_ s: Table, _ row: Int, _ rng: inout SplitMix64) -> Int? {
        let group = text(s, "placement_group", row) ?? "", status = text(s, "legal_status", row) ?? ""
        let place = text(s, "place", row) ?? ""
        let age = number(s, "age", row), weeksPlaced = number(s, "weeks_in_placement", row)
        let draw = rng.unit()
        if status == "E1" || place.hasPrefix("A") { return 0 }
        if group == SynthPlacement.commissionedHome.name && flag(s, "out_of_area", row) && age >= 12 { return draw < 0.6 ? 4 : nil }
        if (group == SynthPlacement.connectedFostering.name && status == "C1") || place == "R3" { return 3 }
        if group == SynthPlacement.withParents.name || (status == "V2" && number(s, "weeks_in_care", row) < 52) {
            return draw < 0.7 ? 1 : nil
        }
        let fostered = group.contains("fostering")
        if fostered && weeksPlaced >= 52 && age < 16 { return draw < 0.45 ? 2 : nil }
        return nil
    }

    /// The plan's status on `asAt` and the day it closed.
    func outcome(_ id: String, stream: Int, target: Day, leavers: Table, later: Table) -> (String, Day?) {
        let left = (0..<leavers.rowCount).last { text(leavers, "child", $0) == id }
        if let left {
            let day = leavers.column(named: "date").flatMap { c -> Day? in if case let .date(d) = c[left] { d } else { nil } }
            let reason = text(leavers, "reason_group", left) ?? ""
            let routes: [[String]] = [["Adoption"], ["Home"], ["SGO", "CAO/residence"], ["SGO", "CAO/residence", "Home"], []]
            let achieved = routes[stream].contains(reason) || stream == 4
            return (achieved ? "achieved" : "out of scope", day)
        }
        if stream == 4, let row = (0..<later.rowCount).first(where: { text(later, "child", $0) == id }),
           text(later, "placement_group", row) != SynthPlacement.commissionedHome.name {
            return ("achieved", nil)
        }
        return (target < asAt ? "overdue" : "on track", nil)
    }

    private func text(_ t: Table, _ column: String, _ row: Int) -> String? { SynthMeasurement.text(t, column, row) }
    private func flag(_ t: Table, _ column: String, _ row: Int) -> Bool { SynthMeasurement.flag(t, column, row) }
    private func number(_ t: Table, _ column: String, _ row: Int) -> Double {
        guard let c = t.column(named: column), case let .number(x) = c[row] else { return 0 }
        return x
    }
}

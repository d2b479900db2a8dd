/// Changes to a projection's measured rates, and moves on dates: what makes a scenario differ from the baseline.
public struct ProjectionScenario: Sendable {
    /// A number of children moving between groups (or out of care) on a date.
    public struct Transfer: Sendable {
        public var date: Day
        public var from: String
        /// Nil when the children leave care (return home, SGO).
        public var to: String?
        /// Expected children (a plan's success rate makes this fractional).
        public var count: Double

        public init(date: Day, from: String, to: String?, count: Double) {
            self.date = date
            self.from = from
            self.to = to
            self.count = count
        }
    }

    /// Admissions are multiplied by this…
    public var admissionFactor: Double = 1
    /// …then this many a year are added (negative for prevention), shared across states as admissions are.
    public var admissionChangePerYear: Double = 0
    /// Leaving rates are multiplied by this, then `leavingAdd` is added (a monthly chance).
    public var leavingFactor: Double = 1
    public var leavingAdd: Double = 0
    /// Move rates between groups are multiplied by this, then `moveAdd` is added.
    public var moveFactor: Double = 1
    public var moveAdd: Double = 0
    /// Limits the leaving and move changes to one group; nil for all.
    public var group: String?
    public var transfers: [Transfer] = []

    public init() {}

    /// True when nothing is changed (the baseline).
    public var isBaseline: Bool {
        admissionFactor == 1 && admissionChangePerYear == 0 && leavingFactor == 1 && leavingAdd == 0
            && moveFactor == 1 && moveAdd == 0 && transfers.isEmpty
    }

    /// Adds a plan's moves as transfers of `success` children each; moves to a setting that is not a group leave care.
    public mutating func add(_ plan: Plan, groups: [String]) {
        let keys = Set(groups.map(UnitCosts.key))
        for m in plan.moves {
            let to: String? = keys.contains(UnitCosts.key(m.toGroup)) ? m.toGroup : nil
            transfers.append(Transfer(date: m.date, from: m.fromGroup, to: to, count: m.success))
        }
    }

    /// The changes in words, for `explain`: factors and changes as the scenario gives them, and each
    /// transfer's count of children as a figure (suppressed when small in a published report).
    public var lines: [[Phrase.Part]] {
        var out: [[Phrase.Part]] = []
        if admissionFactor != 1 { out.append([.words("admissions × \(NumberText.briefPercent(admissionFactor))")]) }
        if admissionChangePerYear != 0 { out.append([.words("admissions \(Self.signed(admissionChangePerYear)) a year")]) }
        let scope = group.map { " (\($0) only)" } ?? ""
        if leavingFactor != 1 { out.append([.words("leaving rates × \(NumberText.briefPercent(leavingFactor))\(scope)")]) }
        if leavingAdd != 0 { out.append([.words("leaving rates \(Self.signed(leavingAdd * 100)) points a month\(scope)")]) }
        if moveFactor != 1 { out.append([.words("move rates × \(NumberText.briefPercent(moveFactor))\(scope)")]) }
        if moveAdd != 0 { out.append([.words("move rates \(Self.signed(moveAdd * 100)) points a month\(scope)")]) }
        for t in transfers {
            out.append([.number(t.count), .words(" from \(t.from) to \(t.to ?? "out of care") on "), .date(t.date)])
        }
        return out
    }

    static func signed(_ x: Double) -> String { (x > 0 ? "+" : "") + NumberText.brief(x) }
}

/// What a care data set holds, and what was left out, repaired or read in the most faithful way,
/// counted: what the `load` of an SSDA903 file reports (worded by CarebookRender).
public struct CareDataSummary: Sendable, Equatable {
    /// How many rows a validation rule left out (`excluded`) or only warned about (`kept`).
    public struct RuleCount: Sendable, Equatable {
        public var rule: String
        public var count: Int
        public var outcome: CareIssue.Outcome

        public init(rule: String, count: Int, outcome: CareIssue.Outcome) {
            self.rule = rule
            self.count = count
            self.outcome = outcome
        }
    }

    /// Records of one of the return's other tables, after merging years, and the children they are about.
    public struct ReturnCount: Sendable, Equatable {
        public var kind: SSDA903Kind
        public var records: Int
        public var children: Int

        public init(kind: SSDA903Kind, records: Int, children: Int) {
            self.kind = kind
            self.records = records
            self.children = children
        }
    }

    public var children: Int
    public var episodes: Int
    /// The first and last day the episodes cover; nil with no episodes.
    public var span: DayRange?
    /// How many files the data set was built from.
    public var files: Int
    /// Rows left out of every count, by rule, in rule order.
    public var excluded: [RuleCount]
    /// Repairs (duplicates removed, overlaps closed) and interpretations (rows kept and read one way), as counted.
    public var repairs: [CareRepair]
    /// Children with no readable date of birth.
    public var childrenWithoutDOB: Int
    /// Rows kept with a warning, by rule, in rule order.
    public var warnings: [RuleCount]
    /// The return's other tables joined to the data set (reviews, OC2, OC3, …), in the order of `SSDA903Kind`.
    public var returnTables: [ReturnCount] = []

    public init(children: Int, episodes: Int, span: DayRange?, files: Int, excluded: [RuleCount],
                repairs: [CareRepair], childrenWithoutDOB: Int, warnings: [RuleCount]) {
        self.children = children
        self.episodes = episodes
        self.span = span
        self.files = files
        self.excluded = excluded
        self.repairs = repairs
        self.childrenWithoutDOB = childrenWithoutDOB
        self.warnings = warnings
    }
}

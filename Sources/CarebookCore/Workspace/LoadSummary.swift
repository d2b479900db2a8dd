/// What a `load` statement loaded: the file, the name it is bound to, what kind of data it held,
/// its rows, columns and skipped rows, and for an SSDA903 header or episodes file the care data set
/// as it now stands. CarebookRender words it (`LoadSummary+Text`).
public struct LoadSummary: Sendable, Equatable {
    /// What the loader took the file to be.
    public enum Kind: Sendable, Equatable {
        /// A plain table.
        case table
        /// An SSDA903 header or episodes file, added to the care data set (`care` is its summary).
        case ssda903(SSDA903Kind)
        /// Another SSDA903 file (such as UASC or OC2), kept as a table.
        case ssda903Table(SSDA903Kind)
        /// A placement-group mapping with this many groups, now in use.
        case placementMapping(groups: Int)
        /// This many in-borough postcode districts, now in use.
        case districts(Int)
        /// Population aged 0–17 by year, now in use for rates.
        case population
        /// Unit costs for this many placement groups, now in use.
        case unitCosts(groups: Int)
        /// Indicator targets for this many indicators, now in use.
        case indicatorTargets(Int)
        /// Bank holidays for the years `covered`, now used for working days.
        case bankHolidays(Int, covered: ClosedRange<Day>)
        /// A Children in Need census table or a contacts table, added to the CIN data (`cin` is its summary).
        case cin(CINKind)
        /// An XML return (`title` says which) of this many children, read as the tables in `parts`.
        case xml(title: String, records: Int)
    }

    /// A column of the loaded table and the type inferred for it.
    public struct ColumnSummary: Sendable, Equatable {
        public var name: String
        public var type: ColumnType
    }

    /// The path as written in the statement.
    public var path: String
    /// The worksheet read, when the file is an Excel workbook.
    public var sheet: String?
    /// The name the table is bound to.
    public var name: String
    public var kind: Kind
    public var rows: Int
    public var columns: [ColumnSummary]
    /// How many malformed rows were left out, and the first few of them.
    public var skippedCount: Int
    public var skipped: [CSVProblem]
    /// The care data set after an SSDA903 header or episodes file was added.
    public var care: CareDataSummary?
    /// The CIN data after a CIN census or contacts table was added.
    public var cin: CINSummary?
    /// For an XML return, what each of its tables was loaded as (each bound to its own name).
    public var parts: [LoadSummary] = []
    /// For an XML return, the reader's warnings (located by line; the first few kept), and how many in all.
    public var warnings: [CSVProblem] = []
    public var warningCount = 0

    public init(_ file: LoadedFile, csv: CSVLoad, kind: Kind, care: CareDataSummary? = nil) {
        path = file.path
        sheet = file.sheet
        name = file.name
        self.kind = kind
        rows = csv.table.rowCount
        columns = csv.table.columns.map { ColumnSummary(name: $0.name, type: $0.type) }
        skippedCount = csv.skippedCount
        skipped = csv.skipped
        self.care = care
    }
}

extension LoadSummary {
    /// The summary with a relative path read from `directory` (`defs/` + `rates.csv`), as a script that loaded
    /// the definitions script which loaded it reaches the file; an XML return's parts too.
    func rebased(onto directory: String) -> LoadSummary {
        guard !directory.isEmpty else { return self }
        var out = self
        if !path.hasPrefix("/") { out.path = Workspace.joined(directory, path) }
        out.parts = parts.map { $0.rebased(onto: directory) }
        return out
    }
}

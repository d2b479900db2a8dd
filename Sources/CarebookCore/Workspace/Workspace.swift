/// What a session works on: the care data and its reference data, unit costs, the data files read,
/// the as-at date, and the load cache they are kept in between sessions.
///
/// The names bound in a session are in its `Environment`; statements reach both through the
/// `Interpreter`, loaders reach only this (through a `LoadContext`). A class because the session has
/// one workspace that every statement changes.
public final class Workspace {
    /// Looked-after-children data and its reference tables (placement mapping, districts, population, targets).
    public var care: CareState
    /// Weekly unit costs by placement group (loaded, or set with `set_cost` or `costs.GROUP = …`).
    public var costs = UnitCosts()
    /// Data files loaded in this session, in load order, for script headers and `check`.
    public private(set) var sources: [DataSource] = []
    /// The reporting date set by `asat`; nil means the last date in the data.
    public var asat: Day?
    /// England and Wales bank holidays for counting working days (a loaded `bank_holiday` file replaces them).
    public var bankHolidays: BankHolidays = .englandAndWales {
        didSet { care.bankHolidays = bankHolidays }      // the review schedule (6.7) counts working days with them
    }
    /// Weeks in a year for annual money figures (52, or 52.14 if the LA uses it).
    public var weeksPerYear: Double = 52
    /// Warnings raised by the statement being run (a comparison with a value no row has, …);
    /// the interpreter hands them back beside the result and clears them for the next statement.
    public internal(set) var warnings: [Diagnostic] = []

    /// A workspace whose loads are kept in `cache` (`.off` for none).
    public init(cache: LoadCache) {
        care = CareState(cache: cache)
    }

    /// Where large loads and built data sets are kept between sessions.
    public var cache: LoadCache { care.cache }

    /// Records a loaded file (replacing an earlier load of the same path).
    public func addSource(_ source: DataSource) {
        sources.removeAll { $0.path == source.path }
        sources.append(source)
    }

    /// Adds a warning for the statement being run (once, however often the same text is reached).
    public func warn(_ warning: Diagnostic) {
        var w = warning
        w.severity = .warning
        if !warnings.contains(w) { warnings.append(w) }
    }

    /// The default reporting date: the `asat` in force, else the last date in the care data.
    public var reportingDate: Day? {
        asat ?? care.data?.dateRange?.last
    }

    /// An error for a date before the loaded 903 data's first DECOM, where nothing can be counted.
    func checkWithinData(_ d: Day, _ what: String, at r: SourceRange) throws {
        guard let first = care.data?.dateRange?.first, d < first else { return }
        throw Diagnostic("\(what) \(d.iso) is before the data, which starts on \(first.iso)", at: r,
                         hint: "the loaded 903 files say nothing about children before then")
    }
}

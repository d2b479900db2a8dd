/// Reads an SSDA903 XML return (`<EXPSSDA903><CHILD><HEADER>…</HEADER><EPISODE>…`) into one table per
/// 903 kind, with the CSV tables' column names, streaming one CHILD at a time.
///
/// As the DfE validator reads it: `CHILDID` is the CSV's `CHILD` and `PL` its `PLACE`; an empty
/// element (`<DEC />`) is a blank cell. The header row, UASC (when `UASC` is set), OC3 (when `IN_TOUCH`
/// is) and AD1 (when `DATE_INT` is) come from `HEADER`'s fields; reviews from each `AREVIEW`, missing
/// episodes from `AMISSING`, OC2 from `OC2`, previous permanence from `PERMANENCE`, placed for
/// adoption from `AD_PLACED`, episodes from each `EPISODE`, social-worker episodes from each group of
/// `SW_ID`, `SW_DECOM`, `SW_DEC` and `SW_REASON` (see `socialWorkerGroup`). CHILD, DOB and SEX are repeated onto
/// each row as the CSV tables have them. Each row's line is its element's.
public enum SSDA903XML {
    /// The root element of a 903 return.
    public static let root = "EXPSSDA903"

    /// The header's own fields (those of the header, UASC, OC3 and AD1 tables).
    static let headerFields: Set<String> = ["CHILDID", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB", "UASC", "DUC",
                                            "IN_TOUCH", "ACTIV", "ACCOM", "DATE_INT", "DATE_MATCH", "FOSTER_CARE",
                                            "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
    /// The groups inside HEADER, and the kind of row each makes.
    static let headerGroups: [String: SSDA903Kind] = ["AREVIEW": .reviews, "AMISSING": .missing, "OC2": .oc2,
                                                      "PERMANENCE": .previousPermanence, "AD_PLACED": .placedForAdoption]
    /// Fields read as dates, checked as they are read.
    static let dateFields: Set<String> = ["DOB", "MC_DOB", "DUC", "DATE_INT", "DATE_MATCH", "DECOM", "DEC", "REVIEW",
                                          "MIS_START", "MIS_END", "DATE_PLACED", "DATE_PLACED_CEASED", "SW_DECOM", "SW_DEC"]
    /// The social-worker episode's own fields (the CSV table's columns after CHILD and DOB).
    static let socialWorkerFields: Set<String> = ["SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"]

    /// `.socialWorkers` for a group holding a social-worker episode, wherever it sits (in CHILD or HEADER).
    ///
    /// The DfE validator reads social-worker episodes only from CSV, and neither its fake XML nor its reader
    /// names their element, so one is recognised by its fields: a group of SW_ID, SW_DECOM, SW_DEC and
    /// SW_REASON (at least SW_DECOM or SW_ID), whatever its name (`SWEPISODE`, `SW_EPISODE`, …).
    static func socialWorkerGroup(_ node: XMLNode) -> SSDA903Kind? {
        guard !node.isLeaf, !node.children.isEmpty,
              node.children.allSatisfy({ $0.isLeaf && socialWorkerFields.contains($0.name) }),
              node.children.contains(where: { $0.name == "SW_DECOM" || $0.name == "SW_ID" }) else { return nil }
        return .socialWorkers
    }

    /// Reads a return's bytes; `name` is the file's name in messages. A malformed file fails with its line.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, name: String) -> Result<XMLTables, Diagnostic> {
        var reading = SSDA903XMLReading(name: name)
        let reader = XMLRecordReader(recordPaths: ["\(root)/CHILD"], name: name)
        let result = reader.read(bytes, onRecord: { reading.child($0) }, onProblem: { reading.problems.add($0) })
        return result.flatMap { reading.finish() }
    }
}

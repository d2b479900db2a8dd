/// Reads an SSDA903 XML return (`<EXPSSDA903><CHILD><HEADER>…</HEADER><EPISODE>…`) into one table per
/// 903 kind, with the CSV tables' column names, streaming one CHILD at a time.
///
/// As the DfE validator reads it: `CHILDID` is the CSV's `CHILD` and `PL` its `PLACE`; an empty
/// element (`<DEC />`) is a blank cell. The header row, UASC (when `UASC` is set), OC3 (when `IN_TOUCH`
/// is) and AD1 (when `DATE_INT` is) come from `HEADER`'s fields; reviews from each `AREVIEW`, missing
/// episodes from `AMISSING`, OC2 from `OC2`, previous permanence from `PERMANENCE`, placed for
/// adoption from `AD_PLACED`, episodes from each `EPISODE`. CHILD, DOB and SEX are repeated onto
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
                                          "MIS_START", "MIS_END", "DATE_PLACED", "DATE_PLACED_CEASED"]

    /// Reads a return's bytes; `name` is the file's name in messages. A malformed file fails with its line.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, name: String) -> Result<XMLTables, Diagnostic> {
        var reading = SSDA903XMLReading(name: name)
        let reader = XMLRecordReader(recordPaths: ["\(root)/CHILD"], name: name)
        let result = reader.read(bytes, onRecord: { reading.child($0) }, onProblem: { reading.problems.add($0) })
        return result.flatMap { reading.finish() }
    }
}

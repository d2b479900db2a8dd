/// Reads a Children in Need census XML (`Message/Header`, `Message/Children/Child`) into the CSV
/// form's tables (`CINCensusTable`), streaming one `Child` at a time.
///
/// Each child's `CINdetails` are numbered 1, 2, … in document order (`CINdetailsID`), and within
/// each CINdetails its `Assessments` (`AssessmentID`) and `ChildProtectionPlans` (`CPPID`), as the
/// DfE CIN validator numbers them. An assessment's factors are joined with ","; each `CPPreviewDate`
/// of a plan's `Reviews` is one row. Each row's line is its element's.
public enum CINCensusXML {
    /// The root element of a census file.
    public static let root = "Message"

    /// Reads a census file's bytes; `name` is the file's name in messages. A malformed file fails with its line.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, name: String) -> Result<XMLTables, Diagnostic> {
        var reading = CINCensusXMLReading(name: name)
        let reader = XMLRecordReader(recordPaths: ["\(root)/Header", "\(root)/Children/Child"], name: name)
        let result = reader.read(bytes, onRecord: { node in
            if node.name == "Header" { reading.header(node) } else { reading.child(node) }
        }, onProblem: { reading.problems.add($0) })
        return result.flatMap { reading.finish() }
    }
}

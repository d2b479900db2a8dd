/// A child in the 903 header: id, sex and date of birth, with where the row came from.
public struct CareChild: Sendable {
    /// CHILD, the LA's id (up to 10 characters).
    public var id: String
    public var sex: Sex
    /// DOB; nil when it cannot be read (rule 102), the child is not in the header (INT03) or an
    /// episode starts before it (302): the child is kept, with age and age band unknown.
    public var dob: Day?
    /// ETHNIC as recorded (not checked).
    public var ethnicity: String?
    /// The header row the child was read from (for a child in no header, its first episode row).
    public var source: RowSource

    public init(id: String, sex: Sex, dob: Day?, ethnicity: String? = nil, source: RowSource) {
        self.id = id
        self.sex = sex
        self.dob = dob
        self.ethnicity = ethnicity
        self.source = source
    }

    /// Whole years of age on `day`; nil when the DOB is unknown.
    public func age(on day: Day) -> Int? { dob?.age(on: day) }
}

/// A row of a loaded file: the file's index in `CareDataSet.files` and its line (data row + 2).
public struct RowSource: Sendable, Hashable {
    public var file: UInt16
    public var line: Int32

    public init(file: UInt16, line: Int32) {
        self.file = file
        self.line = line
    }
}

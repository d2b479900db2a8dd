/// A child in the Children in Need census (ChildIdentifiers, ChildCharacteristics, Disabilities).
public struct CINChild: Sendable {
    /// LAchildID: the same id as the 903's CHILD.
    public var id: String
    public var dob: Day?
    /// `M`, `F` or nil when not known.
    public var sex: String?
    public var ethnicity: String?
    public var disabilities: [String] = []

    /// Age in whole years on a day (0 before an unborn child's expected birth); nil when the date of birth is unknown.
    public func age(on day: Day) -> Int? { dob.map { max(0, $0.age(on: day)) } }
}

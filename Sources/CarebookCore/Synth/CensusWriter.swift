/// Writes a front-door simulation as CIN census tables: one set of CSV files per census year, in the DfE CIN validator's shape.
///
/// A census year runs from 1 April to 31 March and holds every referral open at
/// any time in it, with all its assessments, CIN plans, section 47 enquiries,
/// child protection plans and reviews that started by 31 March (earlier years'
/// too, so that the latest census holding a referral holds all of it, as the
/// multi-year merge takes); anything after 31 March is not yet known (a
/// closure, authorisation or plan end after it is blank).
/// Children who enter care have the 903 CHILD as LAchildID; the others are
/// `SYC0000001`… in order of first referral. Dates are yyyy-mm-dd, as in the
/// census XML. No child has two referrals on one day (censuses merge by child and
/// referral date), and `CINdetailsID`, `AssessmentID` and `CPPID` are the same in every year.
public struct CensusWriter {
    let result: NeedResult
    /// Each front-door child's LAchildID.
    let ids: [String]
    /// The UPN of each written 903 child (from the header writer), by position.
    let careUPN: (Int) -> String

    /// The table names, in the order the files are written.
    public static let tables = ["ChildIdentifiers", "ChildCharacteristics", "Disabilities", "CINdetails", "Assessments",
                                "CINplanDates", "Section47", "ChildProtectionPlans", "Reviews"]

    public init(_ result: NeedResult, care: EpisodeWriter) {
        self.result = result
        var serial = 0
        var ids: [String] = []
        for child in result.children {
            if child.careIndex >= 0 {
                ids.append(EpisodeWriter.childID(Int(child.careIndex)))
            } else {
                serial += 1
                var out: [UInt8] = Array("SYC".utf8)
                EpisodeWriter.appendPadded(serial, 7, &out)
                ids.append(String(decoding: out, as: UTF8.self))
            }
        }
        self.ids = ids
        careUPN = { k in
            let child = care.result.children[Int(care.written[k])]
            guard child.dob.age(on: care.result.parameters.to) >= 5 else { return "" }
            var out: [UInt8] = Array("X999".utf8)
            EpisodeWriter.appendPadded(k + 1, 9, &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The folder name of a census year: `2016-17` for the year ending 31 March 2017.
    public static func folder(_ year: Int) -> String {
        let end = String(year % 100)
        return "\(year - 1)-" + (end.count < 2 ? "0" + end : end)
    }

    /// The files of one census year (ending 31 March `year`), as (table name, CSV bytes).
    public func census(_ year: Int) -> [(name: String, bytes: [UInt8])] {
        let first = Day.civil(year - 1, 4, 1), last = Day.civil(year, 3, 31)
        let open = result.referrals.indices.filter { r in
            let ref = result.referrals[r]
            return ref.date <= last && (ref.closure.map { $0 >= first } ?? true)
        }
        var tables = CensusTables(last: last)
        var seen = Set<Int32>()
        for r in open {
            let ref = result.referrals[r]
            if seen.insert(ref.child).inserted { tables.addChild(result.children[Int(ref.child)], id: ids[Int(ref.child)], writer: self) }
            tables.addReferral(ref, id: r + 1, child: ids[Int(ref.child)])
        }
        return zip(CensusWriter.tables, tables.files).map { ($0, Array($1.utf8)) }
    }
}

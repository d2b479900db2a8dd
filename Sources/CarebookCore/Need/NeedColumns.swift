/// The columns every CIN table function starts with: child, age, age band, sex, referral id, need code, source.
struct NeedColumns {
    private var child: [String?] = [], age: [Int?] = [], sex: [String?] = []
    private var referral: [String?] = [], need: [String?] = [], source: [String?] = []

    var count: Int { child.count }

    /// A row for a referral, the child's age taken on `day`.
    mutating func add(_ data: CINDataSet, _ r: CINReferral?, child id: String?, on day: Day) {
        child.append(id)
        age.append(data.age(id, on: day))
        sex.append(id.flatMap { data.children[$0]?.sex })
        referral.append(r?.id)
        need.append(r?.needCode)
        source.append(r?.source)
    }

    /// The columns so far; the caller adds its own after them.
    var columns: TableColumns {
        var t = TableColumns()
        t.text("child", child)
        t.markLastAsIdentifier()
        t.numbers("age", age.map { $0.map(Double.init) })
        t.ageBands("age_band", age)
        t.text("sex", sex)
        t.text("referral_id", referral)
        t.text("need_code", need)
        t.text("source", source)
        return t
    }
}

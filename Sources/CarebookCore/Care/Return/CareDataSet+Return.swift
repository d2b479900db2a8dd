extension CareDataSet {
    /// A return file to join: its kind, table and the name it was loaded as.
    public typealias ReturnFile = (kind: SSDA903Kind, table: Table, file: String)

    /// Reads the return's other tables, merges years, places each review in the statutory schedule,
    /// and adds their files, problems and repairs to the data set.
    ///
    /// Done each time the data set is built or read from the load cache, never stored in it: the
    /// tables are a few rows per child a year, read in one pass, and the schedule depends on the bank
    /// holidays in use, which can change without any 903 file changing.
    public mutating func attach(_ files: [ReturnFile], holidays: BankHolidays) {
        guard !files.isEmpty else { return }
        var r = CareReturn()
        var found: [CareIssue] = []
        for f in files {
            let index = addFile(f.file, rows: f.table.rowCount)
            found += r.read(f.kind, f.table, file: index, name: f.file).issues
        }
        r.merge()
        r.childIndex = childLookup()
        count(.returnRowReplaced, r.replaced)
        schedule(&r.reviews, lookup: r.childIndex, holidays: holidays, issues: &found)
        returnTables = r
        issues += found
        issues.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    /// The index of each child by CHILD id (the cached data set carries none: made once, when the return is joined).
    func childLookup() -> [String: Int] {
        if !returnTables.childIndex.isEmpty { return returnTables.childIndex }
        if !childIndex.isEmpty { return childIndex.mapValues(Int.init) }
        var out: [String: Int] = [:]
        out.reserveCapacity(children.count)
        for (i, c) in children.enumerated() { out[c.id] = i }
        return out
    }

    /// The period of care of `child` holding `day` (its start to its end, both included).
    func period(ofChild child: Int, holding day: Day) -> Int? {
        childPeriods[child].first { p in periods[p].start <= day && (periods[p].end.map { day <= $0 } ?? true) }
    }

    /// Numbers each review within its period of care and sets its due date: 20 working days after
    /// the period starts for the first, 3 months after the first for the second, 6 months after the
    /// previous one for each later review.
    private func schedule(_ reviews: inout [ReturnReview], lookup: [String: Int], holidays: BankHolidays,
                          issues: inout [CareIssue]) {
        var previous: (period: Int32, date: Day, number: Int)?
        for i in reviews.indices {      // sorted by child, then date
            let r = reviews[i]
            guard let c = lookup[r.child], let p = period(ofChild: c, holding: r.date) else {
                issues.append(issue(r.source, r.child, "REVIEW \(r.date.uk) is on a day the child was not looked after; "
                                    + "kept, not counted in 6.7", rule: "REVIEW_CARE"))
                previous = nil
                continue
            }
            let start = periods[p].start
            let before = previous?.period == Int32(p) ? previous : nil
            let number = (before?.number ?? 0) + 1
            reviews[i].period = Int32(p)
            reviews[i].number = number
            switch number {
            case 1:
                do { reviews[i].due = try holidays.day(20, workingDaysAfter: start) } catch {
                    issues.append(issue(r.source, r.child, "REVIEW \(r.date.uk): \(error.message); kept, not counted in 6.7",
                                        rule: "REVIEW_CARE"))
                }
            case 2: reviews[i].due = before!.date.adding(months: 3)
            default: reviews[i].due = before!.date.adding(months: 6)
            }
            // Shown beside the schedule; blank outside the years the bank holidays cover.
            reviews[i].workingDays = try? holidays.workingDays(from: before?.date ?? start, to: r.date)
            previous = (Int32(p), r.date, number)
        }
    }

    private func issue(_ source: RowSource, _ child: String, _ message: String, rule: String) -> CareIssue {
        CareIssue(file: files[Int(source.file)], line: Int(source.line), child: child, message: message, rule: rule, outcome: .kept)
    }

    /// A child's date of birth: the header's, else the one a return table gives.
    func dob(of child: String, lookup: [String: Int], fallback: Day?) -> Day? {
        if let c = lookup[child], let dob = children[c].dob { return dob }
        return fallback
    }
}

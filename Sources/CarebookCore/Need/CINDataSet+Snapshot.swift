extension CINDataSet {
    /// Children with a referral open on the day (not NFA, not closed before it), one row per child: the latest open referral.
    public func childrenInNeedTable(on day: Day) -> Table {
        var base = NeedColumns()
        var date: [Day] = [], open: [Double] = [], cpp: [Bool] = [], plan: [Bool] = []
        for child in byChild.keys.sorted() {
            let indices = byChild[child]!
            guard let r = indices.map({ referrals[$0] }).last(where: { $0.isOpen(on: day) }) else { continue }
            let all = indices.map { referrals[$0] }
            base.add(self, r, child: child, on: day)
            date.append(r.date); open.append(Double(Int(day.number) - Int(r.date.number)))
            cpp.append(all.contains { $0.protectionPlans.contains { $0.isOpen(on: day) } })
            plan.append(all.contains { $0.plans.contains { $0.isOpen(on: day) } })
        }
        var t = base.columns
        t.dates("referral_date", date)
        t.numbers("days_open", open)
        t.bools("on_cpp", cpp)
        t.bools("on_cin_plan", plan)
        return t.table(rows: base.count, origin: "")
    }

    /// The child protection plans open on a day (`on`), or started in a range (`started`), one row per plan.
    public func protectionPlansTable(on day: Day? = nil, started range: DayRange? = nil) -> Table {
        var base = NeedColumns()
        var id: [String?] = [], start: [Day] = [], end: [Day?] = [], initial: [String?] = [], latest: [String?] = []
        var length: [Double] = [], over: [Bool] = [], previous: [Double] = [], repeats: [Bool] = [], reviews: [Double] = []
        for r in referrals {
            for p in r.protectionPlans {
                if let day, !p.isOpen(on: day) { continue }
                if let range, !range.contains(p.start) { continue }
                let asAt = day ?? min(p.end ?? range!.to, range!.to)
                base.add(self, r, child: r.child, on: day ?? p.start)
                id.append(p.id); start.append(p.start); end.append(p.end)
                initial.append(p.initialCategory); latest.append(p.latestCategory)
                length.append(Double(Int(asAt.number) - Int(p.start.number)))
                over.append(day.map { p.start.adding(months: 24) < $0 } ?? false)
                previous.append(Double(previousPlans(p, child: r.child)))
                repeats.append(isRepeatWithinTwoYears(p, child: r.child))
                reviews.append(Double(p.reviews.count))
            }
        }
        var t = base.columns
        t.text("cpp_id", id)
        t.dates("start_date", start)
        t.dates("end_date", end)
        t.text("initial_category", initial)
        t.text("latest_category", latest)
        t.numbers("plan_days", length)
        t.bools("over_2_years", over)
        t.numbers("previous_plans", previous)
        t.bools("repeat_within_2_years", repeats)
        t.numbers("reviews", reviews)
        return t.table(rows: base.count, origin: "")
    }

    /// The CIN plans open on a day (`on`), or started in a range (`started`), one row per plan.
    public func cinPlansTable(on day: Day? = nil, started range: DayRange? = nil) -> Table {
        var base = NeedColumns()
        var start: [Day] = [], end: [Day?] = [], length: [Double] = []
        for r in referrals {
            for p in r.plans {
                if let day, !p.isOpen(on: day) { continue }
                if let range, !range.contains(p.start) { continue }
                let asAt = day ?? min(p.end ?? range!.to, range!.to)
                base.add(self, r, child: r.child, on: day ?? p.start)
                start.append(p.start); end.append(p.end)
                length.append(Double(Int(asAt.number) - Int(p.start.number)))
            }
        }
        var t = base.columns
        t.dates("start_date", start)
        t.dates("end_date", end)
        t.numbers("plan_days", length)
        return t.table(rows: base.count, origin: "")
    }
}

extension CINDataSet {
    /// Referrals dated in the range, one row each, with whether each is a re-referral within 12 months and was assessed.
    public func referralsTable(_ range: DayRange) -> Table {
        var base = NeedColumns()
        var date: [Day] = [], closure: [Day?] = [], reason: [String?] = [], nfa: [Bool] = []
        var previous: [Day?] = [], again: [Bool] = [], assessed: [Bool] = []
        for i in referralIndices(range) {
            let r = referrals[i]
            base.add(self, r, child: r.child, on: r.date)
            date.append(r.date); closure.append(r.closureDate); reason.append(r.closureReason); nfa.append(r.nfa)
            previous.append(previousReferralDate(i)); again.append(isReReferral(i)); assessed.append(!r.assessments.isEmpty)
        }
        var t = base.columns
        t.dates("referral_date", date)
        t.dates("closure_date", closure)
        t.text("closure_reason", reason)
        t.bools("nfa", nfa)
        t.dates("previous_referral_date", previous)
        t.bools("re_referral", again)
        t.bools("assessed", assessed)
        return t.table(rows: base.count, origin: "")
    }

    /// Assessments started or authorised in the range, with working days from start to authorisation.
    public func assessmentsTable(_ range: DayRange, holidays: BankHolidays) -> Table {
        var base = NeedColumns()
        var start: [Day] = [], done: [Day?] = [], started: [Bool] = [], completed: [Bool] = []
        var days: [Double?] = [], within: [Bool?] = [], factors: [String?] = [], referred: [Day] = []
        for r in referrals {
            for a in r.assessments where range.contains(a.start) || a.authorised.map(range.contains) == true {
                base.add(self, r, child: r.child, on: a.start)
                start.append(a.start); done.append(a.authorised); referred.append(r.date)
                started.append(range.contains(a.start)); completed.append(a.authorised.map(range.contains) == true)
                let n = Self.workingDays(holidays, a.start, a.authorised)
                days.append(n.map(Double.init)); within.append(n.map { $0 <= 45 }); factors.append(a.factors)
            }
        }
        var t = base.columns
        t.dates("referral_date", referred)
        t.dates("start_date", start)
        t.dates("authorised_date", done)
        t.bools("started", started)
        t.bools("completed", completed)
        t.numbers("working_days", days)
        t.bools("within_45", within)
        t.text("factors", factors)
        return t.table(rows: base.count, origin: "")
    }

    /// Section 47 enquiries started in the range, with their initial conference and working days to it.
    public func section47sTable(_ range: DayRange, holidays: BankHolidays) -> Table {
        var base = NeedColumns()
        var start: [Day] = [], icpc: [Day?] = [], notRequired: [Bool] = [], days: [Double?] = [], within: [Bool?] = []
        for r in referrals {
            for s in r.section47s where range.contains(s.start) {
                base.add(self, r, child: r.child, on: s.start)
                start.append(s.start); icpc.append(s.conferenceDate); notRequired.append(s.conferenceNotRequired)
                let n = Self.workingDays(holidays, s.start, s.conferenceDate)
                days.append(n.map(Double.init)); within.append(n.map { $0 <= 15 })
            }
        }
        var t = base.columns
        t.dates("start_date", start)
        t.dates("icpc_date", icpc)
        t.bools("icpc_not_required", notRequired)
        t.numbers("working_days_to_icpc", days)
        t.bools("icpc_within_15", within)
        return t.table(rows: base.count, origin: "")
    }

    /// Initial child protection conferences held in the range (S47s whose DateOfInitialCPC is in it).
    public func conferencesTable(_ range: DayRange, holidays: BankHolidays) -> Table {
        var base = NeedColumns()
        var start: [Day] = [], held: [Day] = [], days: [Double?] = [], within: [Bool?] = []
        for r in referrals {
            for s in r.section47s {
                guard let c = s.conferenceDate, range.contains(c) else { continue }
                base.add(self, r, child: r.child, on: c)
                start.append(s.start); held.append(c)
                let n = Self.workingDays(holidays, s.start, c)
                days.append(n.map(Double.init)); within.append(n.map { $0 <= 15 })
            }
        }
        var t = base.columns
        t.dates("s47_start", start)
        t.dates("conference_date", held)
        t.numbers("working_days", days)
        t.bools("within_15", within)
        return t.table(rows: base.count, origin: "")
    }

    /// Contacts dated in the range, joined by child to the CIN data where the id is known.
    public func contactsTable(_ range: DayRange, holidays: BankHolidays) -> Table {
        var base = NeedColumns()
        var date: [Day] = [], outcome: [String?] = [], referred: [Day?] = [], decided: [Day?] = [], days: [Double?] = []
        for c in contacts where range.contains(c.date) {
            base.add(self, nil, child: c.child, on: c.date)
            date.append(c.date); outcome.append(c.outcome); decided.append(c.decision)
            days.append(Self.workingDays(holidays, c.date, c.decision).map(Double.init))
            referred.append(c.child.flatMap { id in (byChild[id] ?? []).map { referrals[$0].date }.filter { $0 >= c.date }.min() })
        }
        var t = base.columns
        t.dates("contact_date", date)
        t.text("outcome", outcome)
        t.dates("referral_date", referred)
        if hasContactDecisions {
            t.dates("decision_date", decided)
            t.numbers("decision_working_days", days)
        }
        return t.table(rows: base.count, origin: "")
    }
}

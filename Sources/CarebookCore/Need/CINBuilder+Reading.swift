extension CINBuilder {
    /// Reads one table's rows into the builder.
    mutating func read(_ source: CINSourceFile, index: Int) {
        switch source.kind {
        case .childIdentifiers: readIdentifiers(source, index)
        case .childCharacteristics, .disabilities: readCharacteristics(source, index)
        case .contacts: readContacts(source, index)
        case .cinDetails: readReferrals(source, index)
        case .assessments: readAssessments(source, index)
        case .section47: readSection47s(source, index)
        case .cinPlanDates: readPlans(source, index)
        case .childProtectionPlans: readProtectionPlans(source, index)
        case .reviews: readReviews(source, index)
        }
    }

    static func sex(_ code: String?) -> String? {
        switch code?.uppercased() {
        case "1", "M", "MALE": "M"
        case "2", "F", "FEMALE": "F"
        default: nil
        }
    }

    mutating func readIdentifiers(_ source: CINSourceFile, _ index: Int) {
        identifiersLoaded = true
        var rows = CINRows(source, dates: ["PersonBirthDate", "ExpectedPersonBirthDate"])
        for row in 0..<rows.count {
            let o = CINOrigin(index: index, file: source.file, line: rows.line(row))
            guard let id = rows.text("LAchildID", row) else {
                issue(o, nil, "CIN01", .excluded, "LAchildID is blank; the row is left out")
                continue
            }
            if let old = childOrigin[id], old.index == index {
                issue(o, id, "CIN04", .excluded, "child is already at line \(old.line); this row is ignored")
                continue
            }
            var dob: Day?
            switch rows.day("PersonBirthDate", row) {
            case let .valid(d): dob = d
            // An unborn child has an expected date of birth instead: counted as under 1.
            case .missing where rows.day("ExpectedPersonBirthDate", row).day != nil: dob = rows.day("ExpectedPersonBirthDate", row).day
            case .missing: issue(o, id, "CIN09", .interpreted, "PersonBirthDate is blank; kept with age unknown")
            case let .invalid(t): issue(o, id, "CIN09", .interpreted, "PersonBirthDate \(t) is not a date; kept with age unknown")
            }
            var child = children[id] ?? CINChild(id: id)
            if childOrigin[id] != nil { replaced += 1 }
            child.dob = dob
            child.sex = Self.sex(rows.text("Sex", row)) ?? Self.sex(rows.text("GenderCurrent", row))
            children[id] = child
            childOrigin[id] = o
        }
    }

    mutating func readCharacteristics(_ source: CINSourceFile, _ index: Int) {
        var rows = CINRows(source, dates: [])
        for row in 0..<rows.count {
            guard let id = rows.text("LAchildID", row) else { continue }
            var child = children[id] ?? CINChild(id: id)
            if source.kind == .disabilities {
                if let d = rows.text("Disability", row), !child.disabilities.contains(d) { child.disabilities.append(d) }
            } else {
                child.ethnicity = rows.text("Ethnicity", row) ?? child.ethnicity
            }
            children[id] = child
        }
    }

    mutating func readContacts(_ source: CINSourceFile, _ index: Int) {
        var rows = CINRows(source, dates: ["contact_date", "decision_date"])
        if source.table.column(named: "decision_date") != nil { contactDecisions = true }
        for row in 0..<rows.count {
            let o = CINOrigin(index: index, file: source.file, line: rows.line(row))
            let child = rows.text("child", row) ?? rows.text("LAchildID", row)
            guard let date = startDay(rows.day("contact_date", row), "contact_date", o, child ?? "", rule: "CIN11") else {
                continue
            }
            let decision = endDay(rows.day("decision_date", row), "decision_date", start: date, o, child ?? "")
            contacts.append(CINContact(child: child, date: date, outcome: rows.text("outcome", row), decision: decision))
        }
    }

    mutating func readReferrals(_ source: CINSourceFile, _ index: Int) {
        var rows = CINRows(source, dates: ["CINreferralDate", "CINclosureDate", "DateOfInitialCPC"])
        for row in 0..<rows.count {
            let o = CINOrigin(index: index, file: source.file, line: rows.line(row))
            guard let (child, key) = ids(&rows, row, o),
                  let date = startDay(rows.day("CINreferralDate", row), "CINreferralDate", o, child, rule: "CIN02") else { continue }
            let referral = CINReferral(
                child: child, id: rows.text("CINdetailsID", row)!, date: date, source: rows.text("ReferralSource", row),
                needCode: rows.text("PrimaryNeedCode", row),
                closureDate: endDay(rows.day("CINclosureDate", row), "CINclosureDate", start: date, o, child),
                closureReason: rows.text("ReasonForClosure", row),
                conferenceDate: optionalDay(rows.day("DateOfInitialCPC", row), "DateOfInitialCPC", o, child),
                nfa: rows.bool("ReferralNFA", row))
            if let first = mergeKeys[index]?[key] {
                let at = referrals[first].map { $0.1.index == index ? "at line \($0.1.line)" : "in this file" } ?? "in this file"
                issue(o, child, "CIN04", .excluded, "referral \(referral.id) is already \(at); this row is ignored")
                continue
            }
            let merge = Self.key(child, date.iso)
            let placed = Self.place(referral, o, in: &referrals, key: merge)
            note(placed, o, child: child, what: "a referral of this child on \(date.uk)")
            if placed.repeatOf == nil { mergeKeys[index, default: [:]][key] = merge } else { repeats.insert(key) }
        }
    }

    mutating func readAssessments(_ source: CINSourceFile, _ index: Int) {
        var rows = CINRows(source, dates: ["AssessmentActualStartDate", "AssessmentAuthorisationDate"])
        for row in 0..<rows.count {
            let o = CINOrigin(index: index, file: source.file, line: rows.line(row))
            guard let (child, key) = ids(&rows, row, o),
                  let start = startDay(rows.day("AssessmentActualStartDate", row), "AssessmentActualStartDate", o, child) else { continue }
            let id = rows.text("AssessmentID", row)
            let a = CINAssessment(id: id, start: start,
                                  authorised: endDay(rows.day("AssessmentAuthorisationDate", row), "AssessmentAuthorisationDate",
                                                     start: start, o, child),
                                  factors: rows.text("AssessmentFactors", row))
            note(Self.place(a, o, in: &assessments[key, default: [:]], key: id ?? start.iso), o, child: child, what: "assessment")
        }
    }

    mutating func readSection47s(_ source: CINSourceFile, _ index: Int) {
        var rows = CINRows(source, dates: ["S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC"])
        for row in 0..<rows.count {
            let o = CINOrigin(index: index, file: source.file, line: rows.line(row))
            guard let (child, key) = ids(&rows, row, o),
                  let start = startDay(rows.day("S47ActualStartDate", row), "S47ActualStartDate", o, child) else { continue }
            let s = Section47(start: start, conferenceTarget: optionalDay(rows.day("InitialCPCtarget", row), "InitialCPCtarget", o, child),
                              conferenceDate: endDay(rows.day("DateOfInitialCPC", row), "DateOfInitialCPC", start: start, o, child),
                              conferenceNotRequired: rows.bool("ICPCnotRequired", row))
            note(Self.place(s, o, in: &section47s[key, default: [:]], key: start.iso), o, child: child, what: "S47 starting \(start.uk)")
        }
    }

    mutating func readPlans(_ source: CINSourceFile, _ index: Int) {
        var rows = CINRows(source, dates: ["CINPlanStartDate", "CINPlanEndDate"])
        for row in 0..<rows.count {
            let o = CINOrigin(index: index, file: source.file, line: rows.line(row))
            guard let (child, key) = ids(&rows, row, o),
                  let start = startDay(rows.day("CINPlanStartDate", row), "CINPlanStartDate", o, child) else { continue }
            let p = CINPlan(start: start, end: endDay(rows.day("CINPlanEndDate", row), "CINPlanEndDate", start: start, o, child))
            note(Self.place(p, o, in: &plans[key, default: [:]], key: start.iso), o, child: child, what: "CIN plan starting \(start.uk)")
        }
    }

    mutating func readProtectionPlans(_ source: CINSourceFile, _ index: Int) {
        var rows = CINRows(source, dates: ["CPPstartDate", "CPPendDate"])
        for row in 0..<rows.count {
            let o = CINOrigin(index: index, file: source.file, line: rows.line(row))
            guard let (child, key) = ids(&rows, row, o),
                  let start = startDay(rows.day("CPPstartDate", row), "CPPstartDate", o, child) else { continue }
            let p = ProtectionPlan(id: rows.text("CPPID", row), start: start,
                                   end: endDay(rows.day("CPPendDate", row), "CPPendDate", start: start, o, child),
                                   initialCategory: rows.text("InitialCategoryOfAbuse", row),
                                   latestCategory: rows.text("LatestCategoryOfAbuse", row),
                                   previousPlans: rows.text("NumberOfPreviousCPP", row).flatMap { Int($0) })
            note(Self.place(p, o, in: &protectionPlans[key, default: [:]], key: start.iso), o, child: child, what: "CPP starting \(start.uk)")
        }
    }

    mutating func readReviews(_ source: CINSourceFile, _ index: Int) {
        var rows = CINRows(source, dates: ["CPPreviewDate"])
        for row in 0..<rows.count {
            let o = CINOrigin(index: index, file: source.file, line: rows.line(row))
            guard let (child, key) = ids(&rows, row, o),
                  let date = startDay(rows.day("CPPreviewDate", row), "CPPreviewDate", o, child) else { continue }
            let plan = rows.text("CPPID", row)
            // A copy in an earlier file gives way (copies within one file are all kept): by slot, not by a scan of every review.
            let slot = key + "\u{1}" + date.iso + "\u{1}" + (plan ?? "\u{2}")
            let (earlier, same) = (reviewSlots[slot] ?? []).reduce(into: ([Int](), [Int]())) { parts, i in
                if reviews[i].origin.index != index { parts.0.append(i) } else { parts.1.append(i) }
            }
            replacedReviews.formUnion(earlier)
            reviewSlots[slot] = same + [reviews.count]
            reviews.append((key, plan, date, o, child))
        }
    }
}

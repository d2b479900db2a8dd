/// The nine CIN census tables of one year (ending on `last`), built row by row as CSV text.
struct CensusTables {
    let last: Day
    var identifiers = "LAchildID,UPN,FormerUPN,UPNunknown,PersonBirthDate,ExpectedPersonBirthDate,GenderCurrent,Sex,PersonDeathDate\n"
    var characteristics = "LAchildID,Ethnicity\n"
    var disabilities = "LAchildID,Disability\n"
    var details = "LAchildID,CINdetailsID,CINreferralDate,ReferralSource,PrimaryNeedCode,CINclosureDate,ReasonForClosure,DateOfInitialCPC,ReferralNFA\n"
    var assessments = "LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentInternalReviewDate,AssessmentAuthorisationDate,AssessmentFactors\n"
    var cinPlans = "LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate\n"
    var section47 = "LAchildID,CINdetailsID,S47ActualStartDate,InitialCPCtarget,DateOfInitialCPC,ICPCnotRequired\n"
    var plans = "LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate,InitialCategoryOfAbuse,LatestCategoryOfAbuse,NumberOfPreviousCPP\n"
    var reviews = "LAchildID,CINdetailsID,CPPID,CPPreviewDate\n"

    init(last: Day) { self.last = last }

    var files: [String] { [identifiers, characteristics, disabilities, details, assessments, cinPlans, section47, plans, reviews] }

    /// A date known by the end of the census year, else blank.
    func known(_ day: Day?) -> String { day.map { $0 <= last ? $0.iso : "" } ?? "" }

    mutating func addChild(_ child: NeedChild, id: String, writer: CensusWriter) {
        let upn = child.careIndex >= 0 ? writer.careUPN(Int(child.careIndex))
            : child.dob.age(on: last) >= 5 ? "X998" + String(id.dropFirst(3)).leftPadded(9) : ""
        identifiers += "\(id),\(upn),,\(upn.isEmpty ? "UN1" : ""),\(child.dob.iso),,\(child.sex),\(child.sex == 1 ? "M" : "F"),\n"
        characteristics += "\(id),\(SynthCodes.ethnicity[Int(child.ethnicity)])\n"
        if child.disability > 0 { disabilities += "\(id),\(NeedCodes.disabilities[Int(child.disability)])\n" }
    }

    mutating func addReferral(_ ref: NeedReferral, id: Int, child: String) {
        let closed = ref.closure.map { $0 <= last } ?? false
        let conference = ref.section47?.conference.flatMap { $0 <= last ? $0 : nil }
        details += "\(child),\(id),\(ref.date.iso),\(NeedCodes.sources[Int(ref.source)]),\(NeedCodes.needs[Int(ref.need)]),"
            + "\(closed ? ref.closure!.iso : ""),\(closed ? NeedCodes.closureReasons[Int(ref.closureReason)] : ""),"
            + "\(conference?.iso ?? ""),\(ref.nfa ? "true" : "false")\n"
        if let a = ref.assessment, a.start <= last {
            let factors = a.factors.map { NeedCodes.factors[Int($0)] }.joined(separator: ",")
            assessments += "\(child),\(id),\(a.id),\(a.start.iso),,\(known(a.authorised)),\"\(factors)\"\n"
        }
        for span in ref.cinPlans where span.start <= last {
            cinPlans += "\(child),\(id),\(span.start.iso),\(known(span.end))\n"
        }
        if let s = ref.section47, s.start <= last {
            section47 += "\(child),\(id),\(s.start.iso),\(s.target.iso),\(known(s.conference)),"
                + "\(s.conference == nil ? "true" : "false")\n"
        }
        for plan in ref.plans where plan.span.start <= last {
            let ended = plan.span.end.map { $0 <= last } ?? false
            plans += "\(child),\(id),\(plan.id),\(plan.span.start.iso),\(known(plan.span.end)),"
                + "\(NeedCodes.abuse[Int(plan.initialCategory)]),\(NeedCodes.abuse[Int(ended ? plan.latestCategory : plan.initialCategory)]),"
                + "\(plan.previous)\n"
            for review in plan.reviews where review <= last {
                reviews += "\(child),\(id),\(plan.id),\(review.iso)\n"
            }
        }
    }
}

private extension String {
    /// The string with zeros before it to `width` characters.
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

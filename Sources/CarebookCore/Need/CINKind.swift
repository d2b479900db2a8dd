/// Which Children in Need census table a CSV is (the DfE CIN validator's tables), or the local contacts
/// table, recognised by its column names.
public enum CINKind: String, Sendable, CaseIterable {
    case childIdentifiers, childCharacteristics, disabilities, cinDetails, assessments, cinPlanDates
    case section47, childProtectionPlans, reviews, contacts

    /// The columns analysis cannot do without (compared ignoring case).
    public var required: [String] {
        switch self {
        case .childIdentifiers: ["LAchildID", "PersonBirthDate"]
        case .childCharacteristics: ["LAchildID", "Ethnicity"]
        case .disabilities: ["LAchildID", "Disability"]
        case .cinDetails: ["LAchildID", "CINdetailsID", "CINreferralDate"]
        case .assessments: ["LAchildID", "CINdetailsID", "AssessmentActualStartDate"]
        case .cinPlanDates: ["LAchildID", "CINdetailsID", "CINPlanStartDate"]
        case .section47: ["LAchildID", "CINdetailsID", "S47ActualStartDate"]
        case .childProtectionPlans: ["LAchildID", "CINdetailsID", "CPPstartDate"]
        case .reviews: ["LAchildID", "CINdetailsID", "CPPreviewDate"]
        case .contacts: ["contact_date"]
        }
    }

    /// The further columns read when present (a minimal export may leave them out).
    public var optional: [String] {
        switch self {
        case .childIdentifiers: ["UPN", "FormerUPN", "UPNunknown", "ExpectedPersonBirthDate", "GenderCurrent", "Sex", "PersonDeathDate"]
        case .childCharacteristics, .disabilities: []
        case .cinDetails: ["ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA"]
        case .assessments: ["AssessmentID", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate", "AssessmentFactors"]
        case .cinPlanDates: ["CINPlanEndDate"]
        case .section47: ["InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired"]
        case .childProtectionPlans: ["CPPID", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP"]
        case .reviews: ["CPPID"]
        case .contacts: ["child", "LAchildID", "outcome", "decision_date"]
        }
    }

    /// The columns only this table has: a file with any of them (and LAchildID) is meant as this table.
    var own: [String] {
        switch self {
        case .childIdentifiers: ["PersonBirthDate", "UPN", "FormerUPN", "UPNunknown", "ExpectedPersonBirthDate", "PersonDeathDate"]
        case .childCharacteristics: ["Ethnicity"]
        case .disabilities: ["Disability"]
        case .cinDetails: ["CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "ReferralNFA"]
        case .assessments: ["AssessmentActualStartDate", "AssessmentAuthorisationDate", "AssessmentFactors", "AssessmentInternalReviewDate"]
        case .cinPlanDates: ["CINPlanStartDate", "CINPlanEndDate"]
        case .section47: ["S47ActualStartDate", "InitialCPCtarget", "ICPCnotRequired"]
        case .childProtectionPlans: ["CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP"]
        case .reviews: ["CPPreviewDate"]
        case .contacts: ["contact_date"]
        }
    }

    /// `CIN census referrals (CINdetails)`, for load messages.
    public var title: String {
        switch self {
        case .childIdentifiers: "CIN census ChildIdentifiers"
        case .childCharacteristics: "CIN census ChildCharacteristics"
        case .disabilities: "CIN census Disabilities"
        case .cinDetails: "CIN census CINdetails (referrals)"
        case .assessments: "CIN census Assessments"
        case .cinPlanDates: "CIN census CINplanDates"
        case .section47: "CIN census Section47"
        case .childProtectionPlans: "CIN census ChildProtectionPlans"
        case .reviews: "CIN census Reviews"
        case .contacts: "contacts"
        }
    }

    /// The table a file is meant as, with the required columns it lacks (empty when complete);
    /// nil for a file that is none of them.
    ///
    /// A census table needs LAchildID and one of the table's own columns; the most own columns found wins
    /// (so a CINdetails file with a DateOfInitialCPC column is not taken for Section47).
    /// Contacts need a contact_date column.
    public static func recognise(columnNames: [String]) -> (kind: CINKind, missing: [String])? {
        let names = Set(columnNames.map { $0.trimmingSpaces.lowercased() })
        func has(_ c: String) -> Bool { names.contains(c.lowercased()) }
        let scored = allCases.filter { $0 != .contacts }.map { k in (k, k.own.filter(has).count) }.filter { $0.1 > 0 }
        let kind: CINKind
        if has("LAchildID"), let best = scored.max(by: { $0.1 < $1.1 }) {
            kind = best.0
        } else if has("contact_date") {
            kind = .contacts      // with a child or LAchildID column, or none
        } else {
            return nil
        }
        return (kind, kind.required.filter { !has($0) })
    }
}

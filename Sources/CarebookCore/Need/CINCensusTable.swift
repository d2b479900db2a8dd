/// One table of the Children in Need census in its CSV form (the DfE CIN validator's table shape).
public enum CINCensusTable: String, Sendable, CaseIterable {
    case header = "Header"
    case childIdentifiers = "ChildIdentifiers"
    case childCharacteristics = "ChildCharacteristics"
    case disabilities = "Disabilities"
    case cinDetails = "CINdetails"
    case assessments = "Assessments"
    case cinPlanDates = "CINplanDates"
    case section47 = "Section47"
    case childProtectionPlans = "ChildProtectionPlans"
    case reviews = "Reviews"

    /// The table's columns, as the DfE CIN validator names them.
    public var columns: [String] {
        switch self {
        case .header: ["Collection", "Year", "ReferenceDate", "SourceLevel", "LEA", "SoftwareCode", "Release",
                       "SerialNo", "DateTime"]
        case .childIdentifiers: ["LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate",
                                 "ExpectedPersonBirthDate", "GenderCurrent", "Sex", "PersonDeathDate"]
        case .childCharacteristics: ["LAchildID", "Ethnicity"]
        case .disabilities: ["LAchildID", "Disability"]
        case .cinDetails: ["LAchildID", "CINdetailsID", "CINreferralDate", "ReferralSource", "PrimaryNeedCode",
                           "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA"]
        case .assessments: ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentActualStartDate",
                            "AssessmentInternalReviewDate", "AssessmentAuthorisationDate", "AssessmentFactors"]
        case .cinPlanDates: ["LAchildID", "CINdetailsID", "CINPlanStartDate", "CINPlanEndDate"]
        case .section47: ["LAchildID", "CINdetailsID", "S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC",
                          "ICPCnotRequired"]
        case .childProtectionPlans: ["LAchildID", "CINdetailsID", "CPPID", "CPPstartDate", "CPPendDate",
                                     "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP"]
        case .reviews: ["LAchildID", "CINdetailsID", "CPPID", "CPPreviewDate"]
        }
    }

    /// The suffix of the name a census XML's table is bound to (`cin_2022_cin_details`).
    public var bindingSuffix: String {
        switch self {
        case .header: "header"
        case .childIdentifiers: "child_identifiers"
        case .childCharacteristics: "child_characteristics"
        case .disabilities: "disabilities"
        case .cinDetails: "cin_details"
        case .assessments: "assessments"
        case .cinPlanDates: "cin_plan_dates"
        case .section47: "section47"
        case .childProtectionPlans: "child_protection_plans"
        case .reviews: "reviews"
        }
    }
}

/// The problems carebook reports in CIN census tables, each with what it does to the row.
///
/// Rule ids are carebook's own (`CIN01`…): a row leaves the data only when a field the analysis needs
/// (LAchildID, CINdetailsID, a start date) cannot be read.
public enum CINRules {
    public static let ids = ["CIN01", "CIN02", "CIN03", "CIN04", "CIN05", "CIN06", "CIN07", "CIN08", "CIN09", "CIN10", "CIN11"]

    /// What the load summary says a rule did, in words.
    static func what(_ rule: String) -> String {
        switch rule {
        case "CIN01": "row with no LAchildID: left out"
        case "CIN02": "referral with no readable CINreferralDate: left out, with everything under it"
        case "CIN03": "row with no CINdetailsID: left out"
        case "CIN04": "record repeated in the same file: the first row kept, the repeat left out"
        case "CIN05": "assessment, S47, plan or review with no readable start date: left out"
        case "CIN06": "end date before the start date: kept as ending on its start date"
        case "CIN07": "record whose referral (LAchildID, CINdetailsID) is not loaded or was left out: left out"
        case "CIN08": "child with referrals but no ChildIdentifiers row: kept, age unknown"
        case "CIN09": "child whose PersonBirthDate is missing or not a date: kept, age unknown"
        case "CIN10": "closure, authorisation, conference or end date not a date: kept, read as not given"
        case "CIN11": "contact with no readable contact_date: left out"
        default: rule
        }
    }
}

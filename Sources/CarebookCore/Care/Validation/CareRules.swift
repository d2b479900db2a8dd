/// Short titles of the validation rules carebook applies (DfE rule numbers), for summaries.
public enum CareRules {
    public static let titles: [String: String] = [
        "CHILD": "CHILD missing",
        "101": "SEX not a valid code",
        "102": "DOB not a valid date",
        "141": "DECOM not a valid date",
        "142": "episode open when the next starts",
        "143": "RNE not a valid code",
        "144": "LS not a valid code",
        "145": "CIN not a valid code",
        "146": "PLACE not a valid code",
        "147": "DEC not a valid date",
        "148": "DEC and REC not both present or both blank",
        "149": "REC not a valid code",
        "178": "PLACE_PROVIDER not a valid code",
        "302": "episode starts before birth",
        "356": "DEC before DECOM",
        "388": "REC X1 with no continuation episode",
        "501": "episode ends after the next starts",
        "1009": "REASON_PLACE_CHANGE not a valid code",
        "112": "DATE_INT (adoption decision) not a valid date",
        "113": "DATE_MATCH not a valid date",
        "115": "DATE_PLACED (decision to place for adoption) not a valid date",
        "117": "DATE_PLACED_CEASED not a valid date",
        "131": "IN_TOUCH not a valid code",
        "132": "ACTIV not a valid code",
        "133": "ACCOM not a valid code",
        "166": "REVIEW not a valid date",
        "167": "REVIEW_CODE not a valid code",
        "181": "an OC2 or AD1 field not 0 or 1",
        "565": "MISSING not M or A",
        "567": "MIS_END before MIS_START",
        "1004": "MIS_START not a valid date",
        "1005": "MIS_END not a valid date",
        "DUC": "DUC not a valid date",
        "REVIEW_CARE": "review on a day the child was not looked after, or outside the bank holidays' years",
        "SW_DECOM": "SW_DECOM not a valid date",
        "SW_DEC": "SW_DEC not a valid date",
        "INT03": "child not in the header",
        "INT32": "child twice in the header",
    ]

    /// Every rule carebook applies, in natural order ("101" before "1009"): the values a `rule` column can hold.
    public static let ids: [String] = titles.keys.sorted(by: NaturalOrder.precedes)

    /// `DEC not a valid date (rule 147)`.
    public static func describe(_ rule: String) -> String {
        (titles[rule] ?? "rule") + " (rule \(rule))"
    }
}

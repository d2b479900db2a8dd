/// A child's AD1 record: the adoption decision, the match and the adopters.
public struct ReturnAdoption: Sendable {
    public var child: String
    public var dob: Day?
    /// DATE_INT: the decision that adoption is in the child's best interests; nil when blank or not a date (rule 112).
    public var decision: Day?
    /// DATE_MATCH: matched with the prospective adopters; nil when blank or not a date (rule 113).
    public var match: Day?
    /// FOSTER_CARE: 1 when adopted by the child's foster carers.
    public var byFosterCarers: Bool?
    /// NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR as written.
    public var adopters: String?
    public var adoptersSex: String?
    public var adoptersLegalStatus: String?
    public var source: RowSource
}

/// A decision that a child should be placed for adoption (SHOBPA), from the placed-for-adoption table, and its reversal.
public struct ReturnPlacedForAdoption: Sendable {
    public var child: String
    public var dob: Day?
    /// DATE_PLACED: the decision that the child should be placed for adoption; nil when not a date (rule 115).
    public var decision: Day?
    /// DATE_PLACED_CEASED: the decision that the child should no longer be placed; nil when blank or not a date.
    public var reversed: Day?
    /// REASON_PLACED_CEASED as written.
    public var reason: String?
    public var source: RowSource
}

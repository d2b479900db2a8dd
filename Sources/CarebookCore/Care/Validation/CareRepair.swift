/// A kind of automatic repair or interpretation made while loading 903 files, and how often it was made.
///
/// Follows the DfE and the public demand model: duplicate episodes (same CHILD and DECOM)
/// keep one row; an episode without an end, or ending after the next one starts,
/// is closed at the next start. Rows breaking a rule whose fields can still be read are kept
/// and read in the most faithful way (validation reports, analysis keeps); each such
/// interpretation is counted under its own kind and summarised in a manager's words.
public struct CareRepair: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case duplicateEpisodeRemoved = "duplicate episodes removed"
        case openEpisodeClosed = "open episodes closed at the next start"
        case overlapClosed = "overlapping episodes closed at the next start"
        case duplicateChildMerged = "children in more than one header file merged"
        case openWithReason = "open episodes with a REC"
        case endedWithoutReason = "ended episodes without a REC"
        case endBeforeStart = "episodes ending before they start"
        case continuationMissing = "X1 endings with no episode following"
        case invalidCodeKept = "episodes with a code not valid kept"
        case placeUnknown = "episodes with a PLACE not valid kept"
        case childNotInHeader = "children not in the header kept"
        case dobUnreadable = "children with a DOB not valid kept"
        case startBeforeBirth = "children with an episode before birth kept"
        case returnRowReplaced = "rows of the return's other tables replaced by a later file's (reviews by child and date, OC2, OC3 and AD1 by child, …)"

        /// True for a row read in the most faithful way (rules 148, 356, 388) rather than a merge repair.
        public var isInterpretation: Bool {
            switch self {
            case .duplicateEpisodeRemoved, .openEpisodeClosed, .overlapClosed, .duplicateChildMerged, .returnRowReplaced: false
            case .openWithReason, .endedWithoutReason, .endBeforeStart, .continuationMissing, .invalidCodeKept,
                 .placeUnknown, .childNotInHeader, .dobUnreadable, .startBeforeBirth: true
            }
        }

        /// What the interpretation did to the numbers, in a manager's words, after a count
        /// (`160 × episode with …`); nil for a merge repair.
        public var consequence: String? {
            switch self {
            case .openWithReason:
                "episode with no end date (DEC) but a reason for leaving (REC) filled in: kept as open, "
                    + "so the child is counted as looked after; the REC is ignored (rule 148)"
            case .endedWithoutReason:
                "episode with an end date (DEC) but no reason for leaving (REC): kept as ended on its DEC, "
                    + "reason not known (rule 148)"
            case .endBeforeStart:
                "episode ending before it starts (DEC before DECOM): kept as ending on its DECOM, "
                    + "so it counts the child as looked after on no day (rule 356)"
            case .continuationMissing:
                "episode ending X1 (a new episode follows) with none starting that day: the child is counted "
                    + "as looked after until its DEC, not as a leaver (rule 388)"
            case .invalidCodeKept:
                "episode with an RNE, LS, REC or PLACE_PROVIDER that is missing or not a valid code: kept with that "
                    + "code unknown, so the child is still counted; an unknown RNE counts no move (rules 143, 144, 149, 178)"
            case .placeUnknown:
                "episode with a PLACE that is missing or not a valid code: kept in placement group \"Other\" "
                    + "(costed as Other; moves still counted from RNE) (rule 146)"
            case .childNotInHeader:
                "child with episodes but no header row: kept and counted, with sex and date of birth unknown (rule INT03)"
            case .dobUnreadable:
                "child whose date of birth (DOB) is missing or not a date: kept and counted, with age unknown (rule 102)"
            case .startBeforeBirth:
                "child with an episode starting before the date of birth (DOB): the episode kept, the DOB taken as "
                    + "wrong, so age unknown (rule 302)"
            default: nil
            }
        }
    }

    public var kind: Kind
    public var count: Int
}

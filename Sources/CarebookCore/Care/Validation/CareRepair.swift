/// A kind of automatic repair made while merging 903 files, and how often it was made.
///
/// Follows the DfE and the public demand model: duplicate episodes (same CHILD and DECOM)
/// keep one row; an episode without an end, or ending after the next one starts,
/// is closed at the next start.
public struct CareRepair: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case duplicateEpisodeRemoved = "duplicate episodes removed"
        case openEpisodeClosed = "open episodes closed at the next start"
        case overlapClosed = "overlapping episodes closed at the next start"
        case duplicateChildMerged = "children in more than one header file merged"
    }

    public var kind: Kind
    public var count: Int

    public var description: String { "\(count) \(kind.rawValue)" }
}

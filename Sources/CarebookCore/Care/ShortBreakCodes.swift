/// The short-break legal statuses (V3, V4) as a table indexed by code, for loops over many
/// episodes: the same answer as `Episode.isShortBreak` without hashing into a set each time.
struct ShortBreakCodes {
    private let flags: [Bool]

    init() {
        flags = (0...255).map { SSDA903Codes.shortBreaks.contains(UInt8($0)) }
    }

    /// True when the episode's legal status is a short break.
    func contains(_ episode: Episode) -> Bool { flags[Int(episode.legalStatus)] }
}

/// The fictional postcode districts of the synthetic borough and its neighbours.
///
/// The "XB" area stands for the borough and "XA", "XC", "XD", "XK" for places
/// outside it; no UK postcode area uses these letters for real addresses, so no
/// generated postcode points at a real street.
public enum SynthPostcodes {
    /// The borough's own districts (written to `districts.csv`).
    public static let inBorough: [String] = (1...12).map { "XB\($0)" }

    /// Districts outside the borough: neighbouring areas first, then further away.
    public static let outside: [String] = (1...6).map { "XA\($0)" } + (1...9).map { "XC\($0)" }
        + (1...8).map { "XD\($0)" } + (10...14).map { "XK\($0)" }

    /// Every district, in-borough first; a postcode stores its index here.
    static let all: [String] = inBorough + outside

    /// Letters allowed in the inward code's last two characters.
    static let inwardLetters: [UInt8] = Array("ABDEFGHJLNPQRSTUWXYZ".utf8)

    /// A postcode packed as district index × 4096 + inward code (digit × 400 + letter × 20 + letter); 0 means none.
    static func draw(inBorough: Bool, rng: inout SplitMix64) -> UInt32 {
        let district = inBorough ? rng.below(SynthPostcodes.inBorough.count)
            : SynthPostcodes.inBorough.count + min(rng.below(outside.count), rng.below(outside.count))
        let inward = rng.below(10) * 400 + rng.below(20) * 20 + rng.below(20)
        return UInt32(district * 4096 + inward) + 1
    }

    /// Appends a packed postcode's text (`XB3 7QT`) to `out`; nothing for 0.
    static func append(_ code: UInt32, to out: inout [UInt8]) {
        guard code > 0 else { return }
        let value = Int(code - 1)
        out.append(contentsOf: all[value / 4096].utf8)
        out.append(UInt8(ascii: " "))
        let inward = value % 4096
        out.append(UInt8(ascii: "0") + UInt8(inward / 400))
        out.append(inwardLetters[(inward % 400) / 20])
        out.append(inwardLetters[inward % 20])
    }
}

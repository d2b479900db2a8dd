/// Postcode helpers for out-of-area placements.
public enum Postcode {
    /// The postcode district (outward code) of a full postcode or a district: `M8 9AB` → `M8`, `S602TH` → `S60`, `M8` → `M8`.
    public static func district(of postcode: String) -> String? {
        let cleaned = postcode.trimmingSpaces.uppercased()
        guard !cleaned.isEmpty else { return nil }
        if let space = cleaned.firstIndex(of: " ") { return String(cleaned[..<space]) }
        // No space: a full postcode ends with a three-character inward code (digit, letter, letter).
        if cleaned.count >= 5 { return String(cleaned.dropLast(3)) }
        return cleaned
    }
}

/// Plain decimal text for a `Double` (no exponent, no grouping), shortest that reads back to the same
/// number: the form CSV files and join keys use.
extension NumberText {
    /// `x` times 10^`shift` written out in full: `0.121` shifted by 2 is `12.1`; `1e-05` is `0.00001`.
    public static func plain(_ x: Double, shift: Int = 0) -> String {
        guard x.isFinite else { return x.isNaN ? "" : (x < 0 ? "-inf" : "inf") }
        if x == 0 { return "0" }
        var digits: [UInt8] = []
        var point = 0, exponent = 0, seenPoint = false, negative = false
        var text = Substring(x.description)
        if text.first == "-" { negative = true; text = text.dropFirst() }
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        for c in text.utf8 {
            if c == 46 { seenPoint = true; continue }
            digits.append(c)
            if !seenPoint { point += 1 }
        }
        return (negative ? "-" : "") + layout(digits, point: point + exponent + shift)
    }

    /// Digits with a decimal point after `point` of them (negative or past the end pads with zeros).
    private static func layout(_ raw: [UInt8], point: Int) -> String {
        var digits = raw, point = point
        while digits.count > 1, digits.first == 48 { digits.removeFirst(); point -= 1 }
        while let last = digits.last, last == 48, digits.count > max(point, 1) { digits.removeLast() }
        if point <= 0 {
            return "0." + String(repeating: "0", count: -point) + String(decoding: digits, as: UTF8.self)
        }
        if point >= digits.count {
            return String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: point - digits.count)
        }
        return String(decoding: digits[..<point], as: UTF8.self) + "." + String(decoding: digits[point...], as: UTF8.self)
    }
}

/// A fixed list of SSDA903 codes, each stored as its small index (`UInt8`).
///
/// Episodes keep codes as indices into these lists, so a data set of
/// millions of episodes holds one byte per code rather than a string.
public struct CodeList: Sendable {
    /// The field the codes belong to, as the DfE names it ("LS", "PLACE").
    public let field: String
    /// The codes in index order.
    public let codes: [String]
    private let index: [String: UInt8]

    public init(field: String, codes: [String]) {
        precondition(codes.count < 255, "a code list holds at most 254 codes")
        self.field = field
        self.codes = codes
        var index: [String: UInt8] = [:]
        for (i, c) in codes.enumerated() { index[c] = UInt8(i) }
        self.index = index
    }

    /// The index of a code (matched ignoring case and surrounding spaces); nil if not in the list.
    public func index(of code: String) -> UInt8? {
        if let i = index[code] { return i }
        let cleaned = code.trimmingSpaces.uppercased()
        return index[cleaned]
    }

    /// The code at an index, or nil for `CodeList.none`.
    public func code(at i: UInt8) -> String? {
        i == CodeList.none ? nil : codes[Int(i)]
    }

    /// The indices of the given codes (which must all be in the list).
    public func indices(_ some: [String]) -> Set<UInt8> {
        Set(some.map { index[$0]! })
    }

    /// The codes listed for a message: `S, L, P, T, U, B`.
    public var listed: String { codes.joined(separator: ", ") }

    /// The index meaning "no code" (a blank cell).
    public static let none: UInt8 = 255
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        // Nothing to trim (the usual case): no new string.
        let edge: (UInt8) -> Bool = { $0 == 32 || $0 == 9 || $0 == 13 || $0 == 10 }
        let text = String(self)
        guard let first = text.utf8.first, let last = text.utf8.last, edge(first) || edge(last) else { return text }
        var s = Substring(text)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s.removeLast() }
        return String(s)
    }
}

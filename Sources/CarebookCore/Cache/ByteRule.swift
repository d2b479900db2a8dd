/// A byte in each element of an array read raw from a cache entry that may hold only certain values:
/// an enum's tag, an optional's nil mark, an index into a code list.
///
/// The bytes are checked before they become Swift values: a tag outside its enum is not a
/// value Swift can hold, and a code outside its list would trap where it is looked up.
struct ByteRule {
    /// Where the byte is within an element.
    let offset: Int
    /// Which of the 256 byte values are allowed.
    let allowed: [Bool]

    init(offset: Int, allowed: some Sequence<UInt8>) {
        self.offset = offset
        var table = [Bool](repeating: false, count: 256)
        for b in allowed { table[Int(b)] = true }
        self.allowed = table
    }

    /// The byte at `byte` of a `V` stored at `offset`, allowed to be only what it is in one of `values`
    /// (every case of an enum, or `nil` and one value for an optional's mark): read from their memory, not assumed.
    static func values<V>(_ values: [V], byte: Int = 0, at offset: Int) -> ByteRule {
        precondition(byte < MemoryLayout<V>.size)
        let seen = values.map { v in withUnsafeBytes(of: v) { $0[byte] } }
        return ByteRule(offset: offset + byte, allowed: seen)
    }

    /// An index into `list` at `offset`, or `CodeList.none` when `optional`.
    static func code(_ list: CodeList, optional: Bool, at offset: Int) -> ByteRule {
        count(list.codes.count, optional: optional, at: offset)
    }

    /// An index below `count` at `offset`, or `CodeList.none` when `optional`.
    static func count(_ count: Int, optional: Bool, at offset: Int) -> ByteRule {
        let indices = (0..<min(count, 255)).map { UInt8($0) }
        return ByteRule(offset: offset, allowed: indices + (optional ? [CodeList.none] : []))
    }
}

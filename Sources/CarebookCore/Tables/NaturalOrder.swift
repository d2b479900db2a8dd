/// Orders text the way people expect: digits by value, letters ignoring case.
///
/// `Item 2` < `Item 10`; `apple` < `Banana`. Texts equal under those rules are
/// ordered by their exact characters so the order is total and stable.
public enum NaturalOrder {
    /// True when `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        compare(key(a), key(b), a, b) < 0
    }

    /// The comparison key of a text: its lowercased Unicode scalars.
    static func key(_ s: String) -> [UInt32] {
        s.lowercased().unicodeScalars.map(\.value)
    }

    /// -1, 0 or 1 for keys `a` and `b` of texts `rawA` and `rawB`.
    static func compare(_ a: [UInt32], _ b: [UInt32], _ rawA: String, _ rawB: String) -> Int {
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                let (c, ni, nj) = compareNumbers(a, i, b, j)
                if c != 0 { return c }
                i = ni; j = nj
            } else {
                if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
                i += 1; j += 1
            }
        }
        let restA = a.count - i, restB = b.count - j
        if restA != restB { return restA < restB ? -1 : 1 }
        if rawA == rawB { return 0 }
        return rawA < rawB ? -1 : 1
    }

    private static func isDigit(_ c: UInt32) -> Bool { c >= 48 && c <= 57 }

    /// Compares the digit runs starting at `i` and `j` by value; returns the offsets after them.
    private static func compareNumbers(_ a: [UInt32], _ i: Int, _ b: [UInt32], _ j: Int) -> (Int, Int, Int) {
        var si = i, sj = j
        while si < a.count, a[si] == 48 { si += 1 }
        while sj < b.count, b[sj] == 48 { sj += 1 }
        var ei = si, ej = sj
        while ei < a.count, isDigit(a[ei]) { ei += 1 }
        while ej < b.count, isDigit(b[ej]) { ej += 1 }
        if ei - si != ej - sj { return (ei - si < ej - sj ? -1 : 1, ei, ej) }
        for k in 0..<(ei - si) where a[si + k] != b[sj + k] {
            return (a[si + k] < b[sj + k] ? -1 : 1, ei, ej)
        }
        return (0, ei, ej)
    }

    /// The rank of each dictionary entry: listed `levels` first in their order, then natural order.
    ///
    /// Equal texts get equal ranks; ranks run from 0 with no gaps.
    static func ranks(of dictionary: [String], levels: [String]?) -> [Int32] {
        var levelIndex: [String: Int] = [:]
        for (i, l) in (levels ?? []).enumerated() where levelIndex[l] == nil { levelIndex[l] = i }
        let keys = dictionary.map(key)
        let order = dictionary.indices.sorted { x, y in
            let lx = levelIndex[dictionary[x]] ?? Int.max, ly = levelIndex[dictionary[y]] ?? Int.max
            if lx != ly { return lx < ly }
            return compare(keys[x], keys[y], dictionary[x], dictionary[y]) < 0
        }
        var ranks = [Int32](repeating: 0, count: dictionary.count)
        var rank: Int32 = -1
        for (position, code) in order.enumerated() {
            if position == 0 || dictionary[code] != dictionary[order[position - 1]] { rank += 1 }
            ranks[code] = rank
        }
        return ranks
    }
}
